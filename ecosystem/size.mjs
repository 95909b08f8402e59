#!/usr/bin/env node
/**
 * `pnpm size`: bundles real entry points of the PACKED packages with esbuild (bundle, minify, platform neutral),
 * gzips them (node:zlib, level 9), prints a table with what each bundle is made of, and fails when an entry is over
 * its budget in ecosystem/size-budget.json.
 *
 * Entries: `core` (all of @odeme/core); for each scenario module with a `bundle` export, `<name> smallest` (its
 * smallest useful import); for each provider, `<provider> whole` (everything it exports). Providers whose dist exports
 * nothing yet are listed as "not built" and skipped.
 *
 * --update        writes budgets (measured + 10 %) for enforced entries that have none
 * --update=all    rewrites every enforced entry's budget from this measurement
 * Enforced entries: core, and each provider whose scenario module is active (ecosystem/scenarios/<provider>.mjs
 * with every export it requires present); their budget is required. Others are measured and shown only.
 * --json          also prints the measurements as JSON
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ECOSYSTEM, freshWorkDir, installConsumer, isBuilt, listPackages, packAll, probeExports, providerIds } from './lib/consumer.mjs';
import { bytesByPackage } from './lib/packaging.mjs';
import { discoverScenarios, missingExports } from './lib/scenarios.mjs';

const BUDGET_FILE = join(ECOSYSTEM, 'size-budget.json');
const HEADROOM = 1.1;
const args = process.argv.slice(2);
const update = args.find((a) => a.startsWith('--update'));
const esbuild = await import('esbuild');

const work = freshWorkDir('size');
const consumer = join(work, 'consumer');
const packages = listPackages();
const packed = await packAll(packages, join(work, 'tarballs'));
const { mkdirSync } = await import('node:fs');
mkdirSync(consumer, { recursive: true });
await installConsumer(consumer, packed);
const probes = await probeExports(
  consumer,
  packed.filter((p) => p.tarball).map((p) => p.name),
);
const scenarios = await discoverScenarios();
const ready = (id) => {
  const s = scenarios.find((x) => x.name === id);
  return Boolean(s && missingExports(s, { ...probes, zod: { esm: ['z'], cjs: ['z'] } }).length === 0);
};

/** `{ name, code?, skip?, enforced }`: what to measure. */
const entries = [{ name: 'core', code: "export * from '@odeme/core';", enforced: true }];
const coreScenario = scenarios.find((s) => s.name === 'core');
if (coreScenario?.module.bundle?.smallest) entries.push({ name: 'core smallest', code: coreScenario.module.bundle.smallest.code, enforced: true });
for (const id of providerIds(packages)) {
  const pkg = `@odeme/${id}`;
  const built = isBuilt(probes[pkg]);
  const enforced = ready(id);
  const smallest = scenarios.find((s) => s.name === id)?.module.bundle?.smallest?.code;
  if (!built) {
    entries.push({ name: `${id} smallest`, skip: 'not built' }, { name: `${id} whole`, skip: 'not built' });
    continue;
  }
  entries.push(
    smallest ? { name: `${id} smallest`, code: smallest, enforced } : { name: `${id} smallest`, skip: `no bundle.smallest in ecosystem/scenarios/${id}.mjs` },
    { name: `${id} whole`, code: `export * from '${pkg}';`, enforced },
  );
}

const budgets = JSON.parse(readFileSync(BUDGET_FILE, 'utf8'));
budgets.entries ??= {};
const rows = [];
let failures = 0;
for (const e of entries) {
  if (e.skip) {
    rows.push({ ...e, status: e.skip });
    continue;
  }
  let result;
  try {
    result = await esbuild.build({
      absWorkingDir: consumer,
      stdin: { contents: e.code, resolveDir: consumer, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
      legalComments: 'none',
    });
  } catch (err) {
    failures++;
    rows.push({ ...e, status: `FAILED to bundle: ${err.message.split('\n')[0]}` });
    continue;
  }
  const text = result.outputFiles[0].contents;
  const min = text.length;
  const gzip = gzipSync(text, { level: 9 }).length;
  const byPkg = bytesByPackage(result.metafile);
  const total = Object.values(byPkg).reduce((a, b) => a + b, 0) || 1;
  const parts = Object.entries(byPkg)
    .filter(([, b]) => b > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([k, b]) => `${k.replace('@odeme/', '')} ${Math.round((100 * b) / total)}%`)
    .join(', ');
  const budget = budgets.entries[e.name];
  let status;
  // Budgets are only written for enforced entries (core, providers whose scenario is active): work in progress gets none.
  if (e.enforced && (update === '--update=all' || (update && !budget))) {
    budgets.entries[e.name] = { min: Math.ceil(min * HEADROOM), gzip: Math.ceil(gzip * HEADROOM) };
    status = `budget set: ${budgets.entries[e.name].gzip} B gz`;
  } else if (!budget) {
    if (e.enforced) {
      failures++;
      status = 'FAILED: no budget (pnpm size --update sets measured + 10%)';
    } else status = 'no budget yet (provider scenario not active)';
  } else {
    const over = [];
    if (gzip > budget.gzip) over.push(`gzip ${gzip} > ${budget.gzip}`);
    if (budget.min !== undefined && min > budget.min) over.push(`min ${min} > ${budget.min}`);
    if (over.length) failures++;
    status = over.length ? `FAILED: over budget (${over.join(', ')})` : `ok (${Math.round((100 * gzip) / budget.gzip)}% of ${budget.gzip} B gz)`;
  }
  rows.push({ ...e, min, gzip, parts, status, byPkg });
}

if (update) writeFileSync(BUDGET_FILE, `${JSON.stringify(budgets, null, 2)}\n`);

const kb = (n) => (n === undefined ? '-' : `${(n / 1024).toFixed(2)} KiB`);
const table = [
  ['entry', 'minified', 'gzip', 'made of (minified bytes)', 'budget'],
  ...rows.map((r) => [r.name, kb(r.min), kb(r.gzip), r.parts ?? '-', r.status]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
for (const [i, row] of table.entries()) {
  console.log(`| ${row.map((c, j) => String(c).padEnd(widths[j])).join(' | ')} |`);
  if (i === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
}
if (args.includes('--json')) console.log(JSON.stringify(rows, null, 2));
rmSync(work, { recursive: true, force: true });
console.log(failures ? `\n${failures} size check(s) failed` : '\nall measured entries within budget');
process.exit(failures ? 1 : 0);
