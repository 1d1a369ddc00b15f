// Playwright drives Debian's Chromium against the release dist/, served by a
// plain static server under a sub-path, so the app is proven to work off the
// domain root. Run through scripts/test (which builds dist/ first).
import { defineConfig } from "@playwright/test";

export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const PREFIX = "/confnotes/";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: ".",
  testMatch: /.*\.spec\.mjs/,
  outputDir: "../../test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${PREFIX}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    },
    viewport: { width: 1280, height: 800 },
  },
  webServer: {
    command: `node tests/e2e/static-server.mjs --root dist --prefix ${PREFIX} --port ${PORT}`,
    cwd: "../..",
    url: `http://127.0.0.1:${PORT}${PREFIX}`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
