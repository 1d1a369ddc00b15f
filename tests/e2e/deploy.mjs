// Other builds of the site for the specs that need them: a copy of the
// release dist/ with its notes swapped by the build's own post-build step
// (so index.html, the bundle, the first paint and the service worker's
// precache all follow), served at the suite's address in place of dist/.
import { cpSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { test, expect } from "./fixtures.mjs";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DIST = join(ROOT, "dist");

/**
 * Copies the release dist/ to `dir`/dist with the notes of `notes` (a
 * folder of .md files and images) and returns that dist. `precompress`:
 * also write the .br/.gz copies (slower; only hosts tests need them).
 */
export function buildWithNotes(dir, notes, { precompress = true } = {}) {
  const dist = join(dir, "dist");
  cpSync(DIST, dist, { recursive: true });
  execFileSync(
    "node",
    [join(ROOT, "scripts/post-build.mjs"), "--dist", dist, "--notes", notes, ...(precompress ? [] : ["--no-precompress"])],
    { env: { ...process.env, TRUNK_PROFILE: "release" }, stdio: "pipe" },
  );
  return dist;
}

/** Serves `dir` at the suite's address (the static server's /__root). */
export async function deploy(request, dir) {
  const response = await request.post(new URL(`/__root?dir=${encodeURIComponent(dir)}`, test.info().project.use.baseURL).href);
  expect(response.status(), `deploying ${dir}`).toBe(204);
}
