#!/usr/bin/env node
// `pnpm docs:size`: after `pnpm run docs`, the API reference must stay readable: no page over 1 MB (a page that
// expands a whole operations table into one type is the usual cause). Prints the largest pages.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const api = join(root, 'docs/api');
const LIMIT = 1024 * 1024;
const pages = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) walk(p);
    else if (name.endsWith('.html')) pages.push({ path: relative(api, p), bytes: s.size });
  }
};
walk(api);
pages.sort((a, b) => b.bytes - a.bytes);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`${pages.length} pages, ${kb(pages.reduce((s, p) => s + p.bytes, 0))} in all; the largest:`);
for (const p of pages.slice(0, 8)) console.log(`  ${kb(p.bytes).padStart(8)}  ${p.path}`);
const over = pages.filter((p) => p.bytes > LIMIT);
if (over.length) {
  console.error(`\n${over.length} page(s) over 1 MB:`);
  for (const p of over) console.error(`  ${kb(p.bytes)}  ${p.path}`);
  process.exit(1);
}
