// confnotes service worker: the app opens and works offline after a first
// visit, and a new deploy replaces the old build as one piece.
//
// scripts/post-build.mjs writes the build's file list and a version derived
// from the files' contents between the markers below, so every build that
// changes anything ships a byte-different sw.js, which is what makes the
// browser install a new worker. All URLs are relative to the registration's
// scope: dist/ works under any sub-path.
//
// Strategy: cache-first for everything the build ships, the app shell
// included. A controlled page always runs exactly one build, from one cache:
// index.html, the hashed js and wasm, the CSS and the notes bundle of the
// same build, never a mix. A new deploy is noticed at the browser's update
// check (each navigation, and the app's hourly registration.update()): the
// new worker precaches the new build into a cache of its own and then WAITS;
// src/sw.rs shows "A new version is available" with a Reload button. Only
// when the reader presses it does the page post {type: "SKIP_WAITING"}; this
// worker then activates, deletes the old build's cache, and the page reloads
// on `controllerchange` into the new build. (Network-first for the shell was
// the alternative: a plain reload would then show the new build at once, but
// under the old worker, with a prompt offering a "new version" already on
// screen and the new build's assets in no cache until the next activation.)
//
// Not handled (left to the network): anything not in the list, such as the
// recordings and other links out, other origins, and non-GET requests.

const PRECACHE = /*PRECACHE*/ { version: "dev", files: [] } /*END*/;

const SCOPE = self.registration.scope;
// Caches are per origin, so the name carries the scope: two deployments on
// one origin (/confnotes/ and /confnotes-next/) never delete each other's.
const PREFIX = `confnotes ${SCOPE} `;
const CACHE = PREFIX + PRECACHE.version;
const SHELL = new URL("./", SCOPE).href;
const URLS = new Set(PRECACHE.files.map((file) => new URL(file, SCOPE).href));
// Trunk's and post-build's content-hashed names: their bytes never change,
// so the HTTP cache may answer for them; everything else is revalidated.
const HASHED = /-[0-9a-f]{16}(?:_bg)?\.(?:js|wasm|css|json)$/;
// index.html must be the one of this build: it names this build's wasm.
const WASM = PRECACHE.files.find((file) => file.endsWith(".wasm"));

self.addEventListener("install", (event) => {
  // No skipWaiting() here: a new build waits for the reader's Reload.
  event.waitUntil(precache());
});

/** Fills this build's cache; any failure fails the install, so the worker
 *  in charge keeps serving its complete build and the browser tries again at
 *  its next update check. */
async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    PRECACHE.files.map(async (file) => {
      const url = new URL(file, SCOPE);
      // The shell is fetched as index.html: every static host serves that
      // name, not all serve a folder's index (S3 behind CloudFront does not).
      const source = url.href === SHELL ? new URL("index.html", SCOPE) : url;
      const response = await fetch(source, {
        cache: HASHED.test(url.pathname) ? "default" : "no-cache",
        credentials: "same-origin",
      });
      if (!response.ok) throw new Error(`precache: ${file} answered ${response.status}`);
      if (url.href === SHELL && WASM) {
        const html = await response.clone().text();
        // A CDN edge that still serves the previous index.html beside the new
        // sw.js must not get the old page into the new cache.
        if (!html.includes(WASM)) throw new Error("precache: index.html is not the one of this build");
      }
      await cache.put(url, await plain(response));
    }),
  );
}

/** A redirected response cannot answer a navigation; keep only its body. */
async function plain(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      // The first worker takes the page that installed it, so a first visit
      // is offline-ready without a reload. (Later workers inherit the pages
      // of the one they replace.)
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  url.hash = "";
  if (request.mode === "navigate") {
    // The app shell under any view: ./?s=…, ./index.html?theme=…
    url.search = "";
    if (url.href === SHELL || url.href === SHELL + "index.html") event.respondWith(fromCache(SHELL, request));
    return;
  }
  if (URLS.has(url.href)) event.respondWith(fromCache(url.href, request));
});

/** This build's copy, or the network if the cache lost it or cannot be
 *  read (storage trouble must not turn into a network error). */
async function fromCache(key, request) {
  try {
    const hit = await (await caches.open(CACHE)).match(key);
    if (hit) return hit;
  } catch {
    // Fall through to the network.
  }
  return fetch(request);
}
