#!/usr/bin/env node
// Regenerates crates/core/data/emoji.txt: GitHub's emoji shortcodes
// (`:joy:`, `:video_camera:`) and the emoji each stands for, which
// crates/core/src/render.rs shows in place of the shortcode.
//
// Source: the npm package gemoji 8.1.0 (MIT; GitHub's own list), fetched
// with `npm pack` into a temporary folder (not a dependency of the
// project). One `name<TAB>emoji` per line, sorted by name, so the table
// is looked up by binary search.
//
//   node scripts/gen-emoji.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'gemoji-'));
execFileSync('npm', ['pack', 'gemoji@8.1.0', '--silent'], { cwd: dir });
execFileSync('tar', ['xzf', 'gemoji-8.1.0.tgz'], { cwd: dir });
const { gemoji } = await import(pathToFileURL(join(dir, 'package', 'index.js')).href);
const rows = [];
for (const g of gemoji) for (const name of g.names) rows.push([name, g.emoji]);
rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const out = new URL('../crates/core/data/emoji.txt', import.meta.url);
writeFileSync(out, rows.map(([n, e]) => `${n}\t${e}`).join('\n') + '\n');
console.log(`${rows.length} shortcodes written to crates/core/data/emoji.txt`);
