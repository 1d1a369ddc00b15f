// A panic in the wasm must not leave a blank page: the reader sees a plain
// message with a way to reload. This test provokes a real panic in the
// release build through its one test export, so it expects console errors
// (the panic message) and uses Playwright's own `test`.
import { test, expect } from "@playwright/test";

test("a panic shows a message and a reload link, not a blank page", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("list", { name: "Sessions" }).getByRole("listitem")).toHaveCount(5);
  // The list above may still be the build's first paint: the panic needs
  // the app up (it removes #boot, which holds the first paint).
  await expect(page.locator("#boot")).toHaveCount(0);
  const fatal = page.locator("#fatal");
  await expect(fatal).toBeHidden();

  await page.evaluate(async () => {
    const glue = await import(document.querySelector("script[data-js]").dataset.js);
    try {
      glue.confnotes_selftest_panic();
    } catch {
      // The panic aborts the wasm call; the hook has already run.
    }
  });

  await expect(fatal).toBeVisible();
  await expect(fatal).toHaveAttribute("role", "alert");
  await expect(fatal.getByRole("heading", { name: "Something went wrong" })).toBeVisible();
  await expect(fatal).toContainText("Your notes in this browser are safe");
  const reload = fatal.getByRole("link", { name: "Reload the page" });
  await expect(reload).toBeVisible();

  await reload.click();
  await expect(page.getByRole("list", { name: "Sessions" }).getByRole("listitem")).toHaveCount(5);
  await expect(fatal).toBeHidden();
});
