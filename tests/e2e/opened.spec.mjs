// Issue 13, "Open your own notes in the browser": the picker, a drop, a
// paste; kept in IndexedDB across reloads and tabs; the Opened notes page
// with Remove, Replace and Remove all; a star survives a Replace; bad input
// and a storage failure are named; a site that ships no notes opens on
// "Open your notes".
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, SEED, axeViolations } from "./pages.mjs";
import { DIST, buildWithNotes, deploy } from "./deploy.mjs";
import { folderPickerInPage } from "./folder-picker.mjs";

const DEVCONF = [
  "# DevConf 2031",
  "",
  "## Talks",
  "",
  "### Rust in the Browser - Ada Lovelace, Analytical",
  "",
  "- wasm",
  "",
  "### Offline Everything - Grace Hopper, Navy",
  "",
  "- service workers",
  "",
].join("\n");
const RUSTCONF = ["# RustConf 2030", "", "## Talks", "", "### Borrowing Without Tears - Ben Okafor, Ferrous", "", "- lifetimes", ""].join(
  "\n",
);
const RUST_ID = "devconf-2031/rust-in-the-browser";

const md = (name, text) => ({ name, mimeType: "text/markdown", buffer: Buffer.from(text) });

/** Opens `files` through the header's Open notes button. */
async function pick(page, files) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("banner").getByRole("button", { name: /^Open notes/ }).click();
  await (await chooser).setFiles(files);
}

/** The folder picker gives `files` (path: text or bytes) as the folder `root` (see folder-picker.mjs). */
const folderPicker = (page, root, files, { cancel = false } = {}) =>
  page.evaluate(folderPickerInPage, {
    root,
    files: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, Buffer.from(v).toString("base64")])),
    cancel,
  });

/** A reader's browser without showDirectoryPicker (Firefox, Safari): Open folder is a file input. */
const withoutFolderPicker = (page) =>
  page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "webdriver", { get: () => false, configurable: true });
    Object.defineProperty(window, "showDirectoryPicker", { value: undefined, configurable: true });
  });

const message = (page) => page.locator(".opened-message");
const sessionLink = (page, title) =>
  page.getByRole("list", { name: "Sessions", exact: true }).getByRole("link", { name: title, exact: true });

test.describe("opened notes", () => {
  test("the picker opens several files; they show beside the site's and stay after a reload and in a new tab", async ({
    reader,
    page,
    watch,
  }) => {
    await reader.goto();
    await pick(page, [md("devconf.md", DEVCONF), md("rustconf.md", RUSTCONF)]);
    await expect(message(page)).toContainText("Opened devconf.md and rustconf.md (3 sessions found).");
    await expect(sessionLink(page, "Rust in the Browser")).toBeVisible();
    await expect(sessionLink(page, "Borrowing Without Tears")).toBeVisible();
    await expect(reader.count).toHaveText(`${SEED.total + 3} sessions`);

    // The Source facet tells them apart.
    const source = reader.facet("Source");
    await source.getByRole("checkbox", { name: /^Opened in this browser/ }).check();
    await expect(reader.count).toHaveText(`3 of ${SEED.total + 3} sessions`);
    await expect.poll(() => reader.params()).toEqual([["source", "opened"]]);

    await page.reload();
    await reader.ready();
    await expect(reader.count).toHaveText(`3 of ${SEED.total + 3} sessions`);
    await expect(page.getByRole("link", { name: "Opened notes (2)" })).toBeAttached();

    const tab = await page.context().newPage();
    await watch(tab);
    await tab.goto(`./?s=${RUST_ID}`);
    await expect(tab.getByRole("heading", { level: 1, name: "Rust in the Browser" })).toBeVisible();
    await expect(tab.locator(".file-source")).toHaveText("Source: opened/devconf.md, line 5 (opened in this browser, not part of this site)");
    await tab.close();
  });

  test("many files at once show how far the opening is, the first sessions on the way, then what was found", async ({ reader, page }) => {
    await reader.goto();
    // Every state the progress bar goes through, as the DOM shows it, and
    // the list's count while it is on screen.
    await page.evaluate(() => {
      window.__progress = [];
      window.__counts = new Set();
      new MutationObserver(() => {
        const bar = document.querySelector(".opened-progress progress");
        if (bar) window.__progress.push([bar.closest(".opened-progress").textContent, bar.value, bar.max]);
        if (bar) window.__counts.add(document.querySelector(".results-count")?.textContent);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const files = Array.from({ length: 300 }, (_, i) =>
      md(`meetup-${String(i).padStart(3, "0")}.md`, RUSTCONF.replace("RustConf 2030", `Rust Meetup ${i}`)),
    );
    await pick(page, files);
    await expect(message(page)).toHaveText(/^Opened 300 files \(300 sessions found\)\.\s*Dismiss$/, { timeout: 30_000 });
    await expect(page.locator(".opened-progress")).toHaveCount(0);
    const seen = await page.evaluate(() => window.__progress);
    expect(seen.length).toBeGreaterThan(0);
    // Opening counts the 300 files; parsing, the site's one beside them.
    expect(seen.filter(([, value, max]) => !([300, 301].includes(max) && value >= 0 && value <= max))).toEqual([]);
    expect(seen[0][0]).toMatch(/^Opening files: \d+ of 300 files…$/);
    await expect(reader.count).toHaveText(`${SEED.total + 300} sessions`);
    // While the rest was read and parsed, the list already held the
    // sessions of the first files.
    const counts = await page.evaluate(() => [...window.__counts].map((t) => Number.parseInt(t, 10)));
    expect(counts.some((n) => n > SEED.total && n < SEED.total + 300), `counts seen: ${counts}`).toBe(true);
  });

  test("a reload with many opened notes lists the first of them while the rest are parsed", async ({ reader, page }) => {
    await reader.goto();
    // 160 files of ~8 kB: 1.3 MB in all, each a talk with long notes.
    const notes = "- " + "a line of notes about the talk, ".repeat(250) + "\n";
    const files = Array.from({ length: 160 }, (_, i) =>
      md(`meetup-${String(i).padStart(3, "0")}.md`, RUSTCONF.replace("RustConf 2030", `Rust Meetup ${i}`) + notes),
    );
    await pick(page, files);
    await expect(message(page)).toContainText("Opened 160 files (160 sessions found).", { timeout: 30_000 });
    await page.addInitScript(() => {
      window.__counts = [];
      new MutationObserver(() => {
        const count = document.querySelector(".results-count:not(.first-paint *)")?.textContent;
        const progress = document.querySelector(".opened-progress")?.textContent;
        const last = window.__counts[window.__counts.length - 1];
        if (count && (!last || last[0] !== count || last[1] !== progress)) window.__counts.push([count, progress ?? null]);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.reload();
    await expect(reader.count).toHaveText(`${SEED.total + 160} sessions`, { timeout: 30_000 });
    await expect(page.locator(".opened-progress")).toHaveCount(0);
    const counts = await page.evaluate(() => window.__counts);
    // First some of them, with the progress bar saying the rest are read.
    const first = counts.find(([count]) => /^\d+ sessions$/.test(count));
    const n = Number.parseInt(first[0], 10);
    expect(n, JSON.stringify(counts)).toBeGreaterThan(SEED.total);
    expect(n, JSON.stringify(counts)).toBeLessThan(SEED.total + 160);
    expect(first[1], JSON.stringify(counts)).toMatch(/^Reading the notes: \d+ of 161 files…$/);
  });

  test("many files without a session are named a few at a time", async ({ reader, page }) => {
    await reader.goto();
    await pick(page, Array.from({ length: 12 }, (_, i) => md(`empty-${String(i).padStart(2, "0")}.md`, "just a line of text\n")));
    await expect(message(page)).toContainText("Opened 12 files (0 sessions found).");
    await expect(message(page).locator("p")).toHaveCount(1 + 5 + 1);
    await expect(message(page).locator("p").last()).toHaveText("…and 7 files with no session either.");
  });

  test("Open folder, with the browser's folder picker, reads the notes files of a folder and its sub-folders", async ({ reader, page }) => {
    await reader.goto();
    await folderPicker(page, "trip", {
      "trip/devconf.md": DEVCONF,
      "trip/2030/rustconf.markdown": RUSTCONF,
      "trip/slides.pdf": "%PDF-1.4",
    });
    await page.getByRole("button", { name: "Open folder" }).click();
    await expect(message(page)).toHaveText(/^Opened trip\/(devconf\.md and trip\/2030\/rustconf\.markdown|2030\/rustconf\.markdown and trip\/devconf\.md) \(3 sessions found\)\.\s*Dismiss$/);
    await expect(reader.count).toHaveText(`${SEED.total + 3} sessions`);
    await sessionLink(page, "Borrowing Without Tears").click();
    await expect(page.locator(".file-source")).toHaveText(
      "Source: opened/trip/2030/rustconf.markdown, line 5 (opened in this browser, not part of this site)",
    );
  });

  test("a cancelled folder picker opens nothing and says nothing", async ({ reader, page }) => {
    await reader.goto();
    await folderPicker(page, "trip", { "trip/devconf.md": DEVCONF }, { cancel: true });
    await page.getByRole("button", { name: "Open folder" }).click();
    await expect.poll(() => page.evaluate(() => window.__picked)).toBe(1);
    await expect(page.getByRole("button", { name: "Open folder" })).toBeEnabled();
    await expect(message(page)).toHaveCount(0);
    await expect(reader.count).toHaveText(`${SEED.total} sessions`);
  });

  test("where the browser has no folder picker, Open folder is a folder input with the same result", async ({ reader, page }) => {
    await withoutFolderPicker(page);
    const dir = mkdtempSync(join(tmpdir(), "confnotes-folder-"));
    try {
      mkdirSync(join(dir, "trip", "2030"), { recursive: true });
      writeFileSync(join(dir, "trip", "devconf.md"), DEVCONF);
      writeFileSync(join(dir, "trip", "2030", "rustconf.markdown"), RUSTCONF);
      writeFileSync(join(dir, "trip", "photo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]));
      await reader.goto();
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Open folder" }).click();
      await (await chooser).setFiles(join(dir, "trip"));
      await expect(message(page)).toContainText("(3 sessions found).");
      await expect(message(page)).not.toContainText("photo.png");
      await page.goto("./?view=opened");
      const files = page.getByRole("list", { name: "Opened files" }).getByRole("listitem");
      await expect(files.locator("h2")).toHaveText(["trip/2030/rustconf.markdown", "trip/devconf.md"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("in a browser driven by automation, Open folder is the folder input (Playwright's file chooser answers it)", async ({ reader, page }) => {
    const dir = mkdtempSync(join(tmpdir(), "confnotes-auto-"));
    try {
      mkdirSync(join(dir, "trip"), { recursive: true });
      writeFileSync(join(dir, "trip", "devconf.md"), DEVCONF);
      await reader.goto();
      expect(await page.evaluate(() => [navigator.webdriver, typeof window.showDirectoryPicker])).toEqual([true, "function"]);
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Open folder" }).click();
      await (await chooser).setFiles(join(dir, "trip"));
      await expect(message(page)).toContainText("Opened trip/devconf.md (2 sessions found).");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("images opened in a folder beside the notes show in them, also after a reload", async ({ reader, page }) => {
    // A real 2x1 PNG.
    const PNG = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAADklEQVR4nGP4z8DwHwQBEPgD/U6VwW8AAAAASUVORK5CYII=",
      "base64",
    );
    {
      await reader.goto();
      await folderPicker(page, "photos", {
        "photos/photoconf.md": ["# PhotoConf 2031", "", "## Talks", "", "### Cameras in the Browser - Ada Lovelace, Analytical", "", "![The stage](img/stage.png)", "", "- light", ""].join("\n"),
        "photos/img/stage.png": PNG,
      });
      await page.getByRole("button", { name: "Open folder" }).click();
      await expect(message(page)).toContainText("Opened photos/photoconf.md (1 session found).");
      await expect(message(page)).toContainText("Kept 1 image beside them");
      const shown = async () => {
        await page.getByRole("link", { name: "Cameras in the Browser" }).first().click();
        const img = page.getByRole("img", { name: "The stage" });
        await expect(img).toBeVisible();
        expect(await img.getAttribute("src")).toMatch(/^blob:/);
        await expect.poll(() => img.evaluate((el) => el.naturalWidth)).toBe(2);
      };
      await shown();
      await page.goto("./");
      await shown();
      await page.goto("./?view=opened");
      await expect(page.locator(".opened-images")).toContainText("Also kept: 1 image");
      await page.getByRole("button", { name: "Remove all" }).click();
      await page.getByRole("button", { name: "Yes, remove all" }).click();
      await expect(page.locator(".opened-images")).toHaveCount(0);
    }
  });

  test("opened notes are there offline", async ({ reader, page, context }) => {
    await reader.goto();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
      }
    });
    await pick(page, [md("devconf.md", DEVCONF)]);
    await expect(message(page)).toContainText("Opened devconf.md");
    await context.setOffline(true);
    try {
      await page.goto(`./?s=${RUST_ID}`);
      await expect(page.getByRole("heading", { level: 1, name: "Rust in the Browser" })).toBeVisible();
    } finally {
      await context.setOffline(false);
    }
  });

  test("a drop shows the drop target, then opens the files", async ({ reader, page }) => {
    await reader.goto();
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], "dropped.md", { type: "text/markdown" }));
      document.body.dispatchEvent(new DragEvent("dragenter", { dataTransfer: dt, bubbles: true, cancelable: true }));
      window.__dt = dt;
    }, RUSTCONF);
    await expect(page.locator(".drop-overlay")).toBeVisible();
    await expect(page.locator(".drop-overlay")).toContainText("Drop your notes");
    await page.evaluate(() => {
      document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: window.__dt, bubbles: true, cancelable: true }));
    });
    await expect(page.locator(".drop-overlay")).toBeHidden();
    await expect(message(page)).toContainText("Opened dropped.md (1 session found).");
    await expect(sessionLink(page, "Borrowing Without Tears")).toBeVisible();
  });

  test("pasted Markdown outside a text field becomes a file named after its heading", async ({ reader, page }) => {
    await reader.goto();
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.setData("text/plain", text);
      document.body.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
    }, DEVCONF);
    await expect(message(page)).toContainText("Opened devconf-2031.md (2 sessions found).");
    await expect(sessionLink(page, "Offline Everything")).toBeVisible();

    // In the search box a paste is the search box's.
    await reader.search.focus();
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.setData("text/plain", "# Not a file");
      document.activeElement.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
    });
    await page.goto("./?view=opened");
    await expect(page.getByRole("list", { name: "Opened files" }).getByRole("listitem")).toHaveCount(1);
  });

  test("Replace keeps the star; Remove and Remove all take the files away", async ({ reader, page }) => {
    await reader.goto();
    await pick(page, [md("devconf.md", DEVCONF), md("rustconf.md", RUSTCONF)]);
    await expect(message(page)).toContainText("Opened devconf.md and rustconf.md");
    await reader.open("Rust in the Browser");
    await reader.toggleStar("true");

    await page.getByRole("link", { name: "Opened notes (2)" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Opened notes" })).toBeVisible();
    const files = page.getByRole("list", { name: "Opened files" }).getByRole("listitem");
    await expect(files).toHaveCount(2);
    await expect(files.first()).toContainText("devconf.md");
    await expect(files.first()).toContainText("2 sessions");
    expect(await axeViolations(page), "axe on the Opened notes page").toEqual([]);

    // Replace devconf.md with a newer version saved under another name.
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Replace devconf.md" }).click();
    await (await chooser).setFiles([md("devconf-v2.md", DEVCONF.replace("- wasm", "- wasm and WASI"))]);
    await expect(message(page)).toContainText("Opened devconf.md (2 sessions found).");
    await expect(files).toHaveCount(2);

    await reader.goto(`?s=${RUST_ID}`);
    await expect(page.getByRole("region", { name: "Notes" })).toContainText("wasm and WASI");
    await expect(reader.star).toHaveAttribute("aria-pressed", "true");

    await page.goto("./?view=opened");
    await page.getByRole("button", { name: "Remove rustconf.md" }).click();
    await expect(message(page)).toContainText("Removed rustconf.md from this browser.");
    await expect(files).toHaveCount(1);

    await page.getByRole("button", { name: "Remove all" }).click();
    await page.getByRole("button", { name: "Yes, remove all" }).click();
    await expect(page.getByText("No notes are opened in this browser.")).toBeVisible();
    await page.reload();
    await expect(page.getByText("No notes are opened in this browser.")).toBeVisible();
    await reader.goto();
    await expect(reader.count).toHaveText(`${SEED.total} sessions`);
  });

  test("a binary file is named and not opened; the others are", async ({ reader, page }) => {
    await reader.goto();
    await pick(page, [
      { name: "photo.md", mimeType: "text/markdown", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]) },
      md("rustconf.md", RUSTCONF),
    ]);
    const alert = page.getByRole("alert").filter({ hasText: "photo.md is not a text file" });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText("Opened rustconf.md (1 session found).");
    await expect(sessionLink(page, "Borrowing Without Tears")).toBeVisible();
  });

  test("too many files at once, or a file too large, are refused by name", async ({ reader, page }) => {
    await reader.goto();
    const drop = (spec) =>
      page.evaluate(({ count, big }) => {
        const dt = new DataTransfer();
        for (let i = 0; i < count; i++) dt.items.add(new File([`# Conf ${i}`], `n${i}.md`));
        if (big) dt.items.add(new File([new Uint8Array(21 * 1024 * 1024)], "big.md"));
        document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, spec);
    await drop({ count: 2001, big: false });
    await expect(page.getByRole("alert")).toContainText("2001 files at once are too many");
    await expect(page.getByRole("link", { name: /^Opened notes/ })).toHaveCount(0);
    await drop({ count: 0, big: true });
    await expect(page.getByRole("alert")).toContainText("big.md is too large (21 MB); files up to 20 MB are opened.");
    await expect(reader.count).toHaveText(`${SEED.total} sessions`);
  });

  test("a file that gives no session is opened, and the message says so", async ({ reader, page }) => {
    await reader.goto();
    await pick(page, [md("shopping.txt", "eggs\nmilk\n")]);
    await expect(message(page)).toContainText("shopping.txt is opened, but no session was found in it");
  });

  test("storage that fails keeps nothing half-written and says so", async ({ reader, page }) => {
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await reader.goto();
    await pick(page, [md("devconf.md", DEVCONF), md("rustconf.md", RUSTCONF)]);
    await expect(page.getByRole("alert").filter({ hasText: "storage for this site is full" })).toBeVisible();
    await expect(reader.count).toHaveText(`${SEED.total} sessions`);
    await expect(page.getByRole("link", { name: /^Opened notes/ })).toHaveCount(0);
  });

  test("storage that fails after the first files were shown takes them away again", async ({ reader, page }) => {
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await reader.goto();
    await page.evaluate(() => {
      window.__counts = new Set();
      new MutationObserver(() => window.__counts.add(document.querySelector(".results-count")?.textContent)).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    const files = Array.from({ length: 150 }, (_, i) => md(`meetup-${i}.md`, RUSTCONF.replace("RustConf 2030", `Rust Meetup ${i}`)));
    await pick(page, files);
    await expect(page.getByRole("alert").filter({ hasText: "storage for this site is full" })).toBeVisible();
    await expect(reader.count).toHaveText(`${SEED.total} sessions`);
    await expect(page.getByRole("link", { name: /^Opened notes/ })).toHaveCount(0);
    // (The first files had been shown while the rest were read.)
    const counts = await page.evaluate(() => [...window.__counts].map((t) => Number.parseInt(t, 10)));
    expect(counts.some((n) => n > SEED.total), `counts seen: ${counts}`).toBe(true);
  });

  test("IndexedDB that never answers does not keep the site's notes from showing", async ({ reader, page }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => ({});
    });
    await page.goto("./");
    await expect(reader.count).toHaveText(`${SEED.total} sessions`, { timeout: 10_000 });
    await pick(page, [md("devconf.md", DEVCONF)]);
    await expect(page.getByRole("alert")).toContainText("does not let the page keep files", { timeout: 10_000 });
  });

  test("Copy link on opened sessions says they exist only in this browser", async ({ reader, page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await reader.goto();
    await pick(page, [md("devconf.md", DEVCONF)]);
    await reader.open("Rust in the Browser");
    await reader.copyLink.click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toContainText("exist only here");
  });
});

test.describe("a site that ships no notes", () => {
  let empty;
  test.beforeAll(() => {
    empty = mkdtempSync(join(tmpdir(), "confnotes-empty-"));
    mkdirSync(join(empty, "no-notes"));
    buildWithNotes(empty, join(empty, "no-notes"));
  });
  test.afterAll(() => {
    if (empty) rmSync(empty, { recursive: true, force: true });
  });

  test("opens on 'Open your notes', and opened files fill it", async ({ page, request }) => {
    try {
      await deploy(request, join(empty, "dist"));
      await page.goto("./");
      await expect(page.getByRole("heading", { level: 1, name: "Open your notes" })).toBeVisible();
      await expect(page.getByRole("alert")).toHaveCount(0);
      expect(await axeViolations(page), "axe on Open your notes").toEqual([]);
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("main").getByRole("button", { name: /^Open notes/ }).click();
      await (await chooser).setFiles([md("devconf.md", DEVCONF)]);
      await expect(sessionLink(page, "Rust in the Browser")).toBeVisible();
      await expect(page.getByRole("heading", { level: 1, name: "Open your notes" })).toHaveCount(0);
    } finally {
      await deploy(request, DIST);
    }
  });
});
