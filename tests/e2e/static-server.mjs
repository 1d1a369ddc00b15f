#!/usr/bin/env node
// A plain static file server for the e2e suite and the benchmarks: serves a
// folder under a URL prefix (e.g. dist/ at /confnotes/) on 127.0.0.1, with
// no rewrites and no SPA fallback, like any static host.
//
//   static-server.mjs --root dist --prefix /confnotes/ --port 4173
//
// POST /__root?dir=PATH switches the folder served (the e2e suite uses it to
// deploy a new build at the same address); only from 127.0.0.1.
//
// --headers deploy sends the response headers docs/DEPLOY.md recommends
// (Cache-Control by file kind, the CSP as a header, ...) and serves the
// build's precompressed .br / .gz copies (or gzips text and wasm on the fly),
// as real static hosts do; by default every file is `no-cache`, nothing else
// is added and nothing is compressed.
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { createGzip } from "node:zlib";

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
let root = resolve(arg("--root", "dist"));
const prefix = arg("--prefix", "/");
const port = Number(arg("--port", "4173"));
const deployHeaders = arg("--headers", "plain") === "deploy";

// docs/DEPLOY.md's headers: content-hashed names are immutable, everything
// else (index.html, sw.js, boot.js, the manifest, icons) is revalidated.
const HASHED = /-[0-9a-f]{16}(?:_bg)?\.(?:js|wasm|css)$|\/notes\/bundle-[0-9a-f]{16}\.json$/;
/** index.html's meta CSP, plus what only a header can say. */
function headerCsp() {
  const html = readFileSync(join(root, "index.html"), "utf8");
  const tag = /<meta[^>]*http-equiv=["']?Content-Security-Policy[^>]*>/i.exec(html)?.[0] ?? "";
  const content = /content="([^"]*)"/.exec(tag)?.[1];
  return content && `${content}; frame-ancestors 'none'`;
}
function extraHeaders(file) {
  if (!deployHeaders) return { "cache-control": "no-cache" };
  const csp = file.endsWith(".html") ? headerCsp() : undefined;
  return {
    "cache-control": HASHED.test(file.split(sep).join("/")) ? "public, max-age=31536000, immutable" : "no-cache",
    ...(csp ? { "content-security-policy": csp } : {}),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
  };
}

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".md": "text/markdown; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

const server = createServer((req, res) => {
  const url = new URL(req.url, "http://127.0.0.1");
  if (url.pathname === "/__root" && req.method === "POST") {
    const dir = resolve(url.searchParams.get("dir") ?? "");
    if (!existsSync(join(dir, "index.html"))) {
      res.writeHead(400).end("no index.html there\n");
      return;
    }
    root = dir;
    res.writeHead(204).end();
    return;
  }
  if (!url.pathname.startsWith(prefix)) {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
    return;
  }
  let rel;
  try {
    rel = decodeURIComponent(url.pathname.slice(prefix.length));
  } catch {
    res.writeHead(400).end("bad path\n");
    return;
  }
  let file = normalize(join(root, rel));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end("forbidden\n");
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  if (!existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
    return;
  }
  const type = types[extname(file).toLowerCase()] ?? "application/octet-stream";
  // Deploy mode serves a file's precompressed copy (.br, then .gz) when the
  // browser takes it and the build wrote one, as hosts set up for it do;
  // else it gzips text on the fly.
  const accepts = req.headers["accept-encoding"] ?? "";
  const copy = deployHeaders
    ? [["br", ".br"], ["gzip", ".gz"]].find(([enc, ext]) => new RegExp(`\\b${enc}\\b`).test(accepts) && existsSync(file + ext))
    : undefined;
  const gzip = !copy && deployHeaders && /text|javascript|json|wasm|svg/.test(type) && /\bgzip\b/.test(accepts);
  const encoding = copy?.[0] ?? (gzip ? "gzip" : undefined);
  res.writeHead(200, {
    "content-type": type,
    ...extraHeaders(file),
    ...(encoding ? { "content-encoding": encoding, vary: "accept-encoding" } : {}),
  });
  if (req.method === "HEAD") res.end();
  else if (copy) createReadStream(file + copy[1]).pipe(res);
  else if (gzip) createReadStream(file).pipe(createGzip()).pipe(res);
  else createReadStream(file).pipe(res);
});
// --port 0 takes a free port; the line below names the one taken.
server.listen(port, "127.0.0.1", () => {
  console.log(`serving ${root} at http://127.0.0.1:${server.address().port}${prefix}`);
});
