// Issue 4 with more than one conference: the seed plus two one-session
// files with front matter (docs/DESIGN.md, format B) of another event, which
// bring days, tracks and languages. Facets, grouping by conference and day,
// a speaker across conferences, and a Key Theme tagged from another file.
// The notes bundle is swapped with page.route (service workers blocked so
// the route answers).
import { readFileSync } from "node:fs";
import { test, expect, SEED } from "./pages.mjs";

const S = SEED.sessions;
const seedText = readFileSync(new URL("../../notes/kubecon-2021.md", import.meta.url), "utf8");
const RUST = `---
title: Rust in the Browser
speakers: [Anaïs Urlichs]
event: DevConf 2031
day: Day 1
track: Web
language: en
recording: https://example.org/rust
---

- wasm everywhere
`;
const TEARS = `---
title: Kubernetes Without Tears
speakers: Jay Chen
event: DevConf 2031
day: Day 2
track: Ops
language: de
themes: [Multi-cloud]
---

- clusters on three clouds
`;

test.use({ serviceWorkers: "block" });

test.beforeEach(async ({ page }) => {
  await page.route("**/notes/bundle-*.json", (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({
        version: 1,
        files: [
          { path: "notes/kubecon-2021.md", text: seedText },
          { path: "notes/devconf/rust.md", text: RUST },
          { path: "notes/devconf/tears.md", text: TEARS },
        ],
        assets: [],
      }),
    }),
  );
});

const ALL = ["Rust in the Browser", "Kubernetes Without Tears", ...Object.values(S).map((s) => s.title)];

test("sessions are grouped by conference and day; days, tracks and languages become facets", async ({ reader, page }) => {
  await reader.goto();
  await expect(reader.count).toHaveText("7 sessions");
  await expect(reader.resultLinks).toHaveText(ALL);
  await expect(reader.results.getByRole("heading", { level: 2 })).toHaveText([
    "DevConf 2031 · Day 1",
    "DevConf 2031 · Day 2",
    SEED.conference,
  ]);
  await reader.expectCount("Conferences", "DevConf 2031", 2);
  await reader.expectCount("Conferences", SEED.conference, 5);
  for (const [facet, values] of [
    ["Days", ["Day 1", "Day 2"]],
    ["Tracks", ["Ops", "Web"]],
  ]) {
    for (const v of values) await reader.expectCount(facet, v, 1);
  }
  await expect(reader.facet("Languages").getByRole("checkbox")).toHaveCount(2);
});

test("two conferences are OR; conference and day are AND", async ({ reader, page }) => {
  await reader.goto();
  await reader.value("Conferences", "DevConf 2031").check();
  await expect(reader.count).toHaveText("2 of 7 sessions");
  await reader.value("Conferences", SEED.conference).check();
  await expect(reader.count).toHaveText("7 sessions");
  await reader.value("Days", "Day 2").check();
  await expect(reader.resultLinks).toHaveText(["Kubernetes Without Tears"]);
  await reader.value("Conferences", "DevConf 2031").uncheck();
  await expect(reader.count).toHaveText("0 of 7 sessions");
  await reader.expectCount("Days", "Day 2", 0);
  await reader.expectCount("Conferences", "DevConf 2031", 1);
});

test("a speaker's view gathers their sessions across conferences", async ({ reader, page }) => {
  await reader.goto();
  await reader.value("Speakers", "Anaïs Urlichs").check();
  await expect(page.getByRole("heading", { level: 1, name: "Anaïs Urlichs" })).toBeVisible();
  await expect(reader.main).toContainText("Organization: Civo");
  await expect(reader.main).toContainText("2 sessions at DevConf 2031, KubeCon 2021");
  await expect(reader.resultLinks).toHaveText(["Rust in the Browser", S.k3s.title]);
});

test("a Key Theme tagged in another file links the session, and says where it came from", async ({ reader, page }) => {
  await reader.goto();
  await reader.expectCount("Themes", "Multi-cloud", 1);
  await reader.value("Themes", "Multi-cloud").check();
  await expect(reader.resultLinks).toHaveText(["Kubernetes Without Tears"]);
  await expect(reader.main).not.toContainText("No session is linked to Multi-cloud yet");
  await reader.open("Kubernetes Without Tears");
  await expect(page.getByRole("region", { name: "Themes" }).getByRole("listitem")).toHaveText(["Multi-cloud — tagged in the notes"]);
  // The session's day, track and language are shown with its conference.
  // (The parser writes language codes in capitals.)
  await expect(page.getByRole("article")).toContainText("DevConf 2031 · Day 2 · Track: Ops · Language: DE");
});
