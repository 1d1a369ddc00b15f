#!/usr/bin/env node
// What the wasm is made of (scripts/bench, step "wasm"). The shipped wasm has
// no names, so this rebuilds a named copy from cargo's output the way Trunk
// builds the shipped one (wasm-bindgen, then binaryen's wasm-opt -Oz, here
// with -g to keep the names), asks twiggy for every item's shallow size, and
// sums the items per crate.
//
//   bench-wasm.mjs --wasm target/wasm32-unknown-unknown/release/confnotes.wasm
//       --tmp DIR --out FILE.json [--top 25]
//
// Attribution of an item to a crate (a heuristic, stated in the report):
//   - a function: the first path segment of its demangled name
//     (`confnotes_core::parse::...` -> confnotes_core); for `<A as B>::f` the
//     crate of A, unless A is from core/alloc/std, then that of B; for
//     `core::ptr::drop_in_place<T>` the crate of T (drop glue is code of T's
//     crate); wasm-bindgen's shims (`__wbg_*`, `__wbindgen_*`) -> wasm-bindgen;
//   - data segments -> "(data: string constants, tables)";
//   - the names section and other custom sections are not shipped: listed
//     apart, not in the total;
//   - everything else (types, imports, exports, tables, section headers)
//     -> "(wasm structure)".

import { execFileSync } from "node:child_process";
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { arg } from "./bench-args.mjs";

const input = arg("--wasm");
const tmp = arg("--tmp");
const out = arg("--out");
const TOP = Number(arg("--top", "25"));
if (!input || !tmp || !out) {
  console.error("usage: bench-wasm.mjs --wasm FILE --tmp DIR --out FILE.json [--top N]");
  process.exit(2);
}
mkdirSync(tmp, { recursive: true });
const run = (cmd, argv) => execFileSync(cmd, argv, { encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "inherit"] });

const named = join(tmp, "named.wasm");
run("wasm-bindgen", ["--keep-debug", "--target", "web", "--out-dir", tmp, "--out-name", "named", input]);
run("wasm-opt", [
  "-Oz", "-g",
  "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
  "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue",
  join(tmp, "named_bg.wasm"), "-o", named,
]);
const items = JSON.parse(run("twiggy", ["top", "--format", "json", "-n", "1000000", named]));

const STD = new Set(["core", "alloc", "std"]);
/** The crate a demangled Rust path starts with. */
// Primitive types' inherent methods (`<str>::to_lowercase`) are core's.
const PRIMITIVE = /^(str|char|bool|[iuf](8|16|32|64|128|size)|\[.*\])$/;
function firstCrate(s) {
  const t = s.replace(/^(?:[<&*\s(\[]|mut\s|const\s|dyn\s|impl\s)+/g, "");
  // std's precompiled crates carry a disambiguator: core[c5930c85a12de822]::
  const m = t.match(/^([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  if (m) return m[1] === "__rustc" ? "std" : m[1];
  const p = s.match(/^<([^<>]+)>::/);
  return p && PRIMITIVE.test(p[1]) ? "core" : null;
}
function crateOf(name) {
  if (/^data segment/.test(name)) return "(data: string constants, tables)";
  if (/^__wbg_|^__wbindgen|^wasm_bindgen::|^__externref|externref shim$|^intounderlying/.test(name)) return "wasm-bindgen";
  if (/^code\[\d+\]$/.test(name)) return "(functions without a name: shims, outlined code)";
  const qualified = name.match(/^<(.+?) as (.+?)>::/);
  if (qualified) {
    const a = firstCrate(qualified[1]);
    const b = firstCrate(qualified[2]);
    if (a && !STD.has(a)) return a;
    if (b) return b;
    if (a) return a;
  }
  const drop = name.match(/^core::ptr::drop_in_place<(.+)>/);
  if (drop) {
    const t = firstCrate(drop[1]);
    if (t) return t;
  }
  const c = firstCrate(name);
  if (c) return c;
  // dlmalloc, memcpy and other symbols of std's runtime and compiler-builtins.
  if (/^(mem(cpy|set|move|cmp)|__rust_|__rdl_|__rg_|rust_|dlmalloc|__multi3|__ashl|__lshr|__udiv|__umod|__div|__mod|compiler_builtins)/.test(name)) return "std (runtime, compiler-builtins)";
  return "(wasm structure)";
}

const custom = (name) => /subsection|^custom section|"producers"|"target_features"|"name"/.test(name);
let shipped = 0;
let unshipped = 0;
const crates = new Map();
const top = [];
for (const it of items) {
  if (/^Σ|^\.\.\. and/.test(it.name)) continue;
  if (custom(it.name)) {
    unshipped += it.shallow_size;
    continue;
  }
  shipped += it.shallow_size;
  const c = crateOf(it.name);
  const e = crates.get(c) ?? { crate: c, bytes: 0, items: 0 };
  e.bytes += it.shallow_size;
  e.items += 1;
  crates.set(c, e);
  if (top.length < TOP) top.push({ name: it.name.replace(/::h[0-9a-f]{16}$/, ""), bytes: it.shallow_size, crate: c });
}
const byCrate = [...crates.values()].sort((a, b) => b.bytes - a.bytes);
const result = {
  input,
  inputBytes: statSync(input).size,
  namedBytes: statSync(named).size,
  shippedBytes: shipped,
  namesBytes: unshipped,
  top,
  byCrate,
};
writeFileSync(out, JSON.stringify(result, null, 1));
console.error(`bench-wasm: ${items.length} items; ${shipped} bytes of code and data (names ${unshipped} not counted); wrote ${out}`);
