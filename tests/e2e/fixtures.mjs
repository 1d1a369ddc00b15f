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

const FIRST = [
  "Ada", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas",
  "Kavya", "Liam", "Maya", "Noah", "Olga", "Pablo", "Quinn", "Rosa", "Sami", "Tara",
  "Umar", "Vera", "Wei", "Yara", "Zoe", "Amir", "Bianca", "Chen", "Dara", "Emil",
];
const LAST = [
  "Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Haddad", "Kowalski", "Ferreira", "Schmidt", "Oduya",
  "Petrov", "Nakamura", "Garcia", "Jensen", "Rossi", "Mehta", "Dubois", "Kim", "Andersen", "Silva",
  "Yilmaz", "Horvat", "Costa", "Brennan", "Ivanova", "Laurent", "Sato", "Fischer", "Mendes", "Walsh",
  "Popescu", "Hughes", "Adeyemi", "Varga", "Keller", "Romero", "Berg", "Chowdhury", "Nilsen", "Duarte",
];

/**
 * A generated speaker's name, unique for i < 1200, shaped like the names in
 * real notes (a given name and a family name), so the parser reads the
 * generated headings the way it reads real ones.
 */
export function personName(i) {
  return `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
}
