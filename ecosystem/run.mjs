#!/usr/bin/env node
/**
 * `pnpm test:runtimes`: packs every package, checks the tarballs, installs them into a fresh consumer project and
 * runs the portable scenarios (ecosystem/scenarios/*.mjs) in every runtime we claim. One line per leg, a summary
 * table at the end, non-zero exit on any failure. Needs built dist/ folders and ecosystem/'s dependencies: the root script
 * `pnpm test:runtimes` installs those from the lockfile when they are missing and runs `pnpm build` (which skips unchanged
 * packages) first.
 *
 * Options: --only=node20-esm,deno (legs by name or prefix) · --keep (keep the work dir) · --no-packaging
 * Env: ODEME_RUNTIMES_STRICT=1 turns "scenario waiting for exports" into a failure; ODEME_CHROMIUM overrides
 * /usr/bin/chromium; ODEME_ECOSYSTEM_WORK overrides the scratch dir (default: $TMPDIR/odeme-ecosystem).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_AND_TESTKIT, freshWorkDir, installConsumer, isBuilt, listPackages, packAll, probeExports, providerIds } from './lib/consumer.mjs';
import { bunLeg, chromiumLeg, denoLeg, nodeLeg, resolveNode, typescriptLeg, workerdLeg, writeEntries } from './lib/legs.mjs';
import { checkTarball, checkTreeShaking } from './lib/packaging.mjs';
import { contractProblems, discoverScenarios, missingExports } from './lib/scenarios.mjs';

const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',')
  .filter(Boolean);
const keep = args.includes('--keep');
const strict = process.env.ODEME_RUNTIMES_STRICT === '1';
const runStart = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;
const pad = (s, n) => String(s).padEnd(n);

let hardFailures = 0;
const fail = (msg) => {
  hardFailures++;
  console.log(`  ✗ ${msg}`);
};

// 1. Pack and install.
const work = freshWorkDir('runtimes');
const consumer = join(work, 'consumer');
const t0 = Date.now();
const packages = listPackages();
const packed = await packAll(packages, join(work, 'tarballs'));
for (const p of packed) if (p.packError) fail(`pnpm pack ${p.name}: ${p.packError}`);
const { mkdirSync } = await import('node:fs');
mkdirSync(consumer, { recursive: true });
await installConsumer(consumer, packed);
const probes = await probeExports(consumer, [...packed.filter((p) => p.tarball).map((p) => p.name), 'zod']);
console.log(`packed ${packed.filter((p) => p.tarball).length} packages and installed them into ${consumer} (${secs(Date.now() - t0)})`);

// 2. Scenarios: which exist, which can run on what is packed.
const scenarios = await discoverScenarios();
const active = [];
console.log('\nscenarios (ecosystem/scenarios/<name>.mjs):');
for (const s of scenarios) {
  const problems = contractProblems(s);
  if (problems.length) {
    fail(`${s.file}: breaks the scenario contract: ${problems.join('; ')}`);
    continue;
  }
  const missing = missingExports(s, probes);
  if (missing.length) {
    const line = `${s.file}: waiting for exports: ${missing.join('; ')}`;
    if (strict) fail(line);
    else console.log(`  - ${line} (skipped)`);
    continue;
  }
  active.push(s);
  console.log(`  ✓ ${s.file}${s.typesFile ? ` + ${s.typesFile}` : ''}: active`);
}
for (const id of providerIds(packages)) {
  if (scenarios.some((s) => s.name === id)) continue;
  const built = isBuilt(probes[`@odeme/${id}`]);
  const line = `no scenario module for provider ${id} (add ecosystem/scenarios/${id}.mjs); @odeme/${id} dist ${built ? 'exports names' : 'exports nothing yet'}`;
  if (strict && built) fail(line);
  else console.log(`  - ${line}`);
}
if (!active.some((s) => s.name === 'core')) fail('the core scenario is not active');

// 3. Packaging checks on the tarballs and tree-shaking of one import.
if (!args.includes('--no-packaging')) {
  console.log('\npackaging (tarball contents, sideEffects):');
  for (const p of packed.filter((x) => x.tarball)) {
    const { files, bytes, problems } = checkTarball(p);
    // A provider's tarball is held to the rules once its scenario is active (or always, in strict mode); before that
    // its problems are shown as pending, so work in progress does not turn the matrix red.
    const enforced = CORE_AND_TESTKIT.includes(p.id) || strict || active.some((s) => s.name === p.id);
    if (!enforced) {
      const state = isBuilt(probes[p.name]) ? 'dist exports names' : 'dist exports nothing yet';
      console.log(`  - ${p.name}: ${state}, no active scenario: ${problems.length ? `pending ${problems.join('; ')}` : 'clean so far'}`);
      continue;
    }
    if (problems.length) for (const pr of problems) fail(`${p.name}: ${pr}`);
    else console.log(`  ✓ ${p.name}: ${files} files, ${(bytes / 1024).toFixed(1)} KiB unpacked, README, LICENSE, entries present, sideEffects false`);
  }
  for (const s of active) {
    for (const [key, entry] of Object.entries(s.module.bundle ?? {})) {
      const r = await checkTreeShaking(consumer, { name: `${s.name}.${key}`, ...entry });
      if (r.problems.length) for (const pr of r.problems) fail(pr);
      else
        console.log(
          `  ✓ ${s.name}.${key}: ${r.bytes} B minified, from ${Object.entries(r.byPkg)
            .filter(([, b]) => b > 0)
            .map(([k, b]) => `${k} ${b} B`)
            .join(', ')}${entry.absentPackages?.length ? `; nothing from ${entry.absentPackages.join(', ')}` : ''}`,
        );
    }
  }
}

// 4. Legs.
writeEntries(consumer, active);
const nodeBinaries = new Map([['20', process.execPath]]);
const legs = [];
for (const major of ['20', '22', '24']) {
  for (const kind of ['esm', 'cjs']) {
    legs.push({
      name: `node${major}-${kind}`,
      run: async () => {
        if (!nodeBinaries.has(major)) nodeBinaries.set(major, await resolveNode(major));
        return nodeLeg(`node${major}-${kind}`, nodeBinaries.get(major), consumer, kind);
      },
    });
  }
}
legs.push({ name: 'tsc-node16', run: () => typescriptLeg(consumer, active, 'node16') });
legs.push({ name: 'tsc-bundler', run: () => typescriptLeg(consumer, active, 'bundler') });
legs.push({ name: 'bun', run: () => bunLeg(consumer) });
legs.push({ name: 'deno', run: () => denoLeg(consumer) });
legs.push({ name: 'workerd', run: () => workerdLeg(consumer) });
legs.push({ name: 'chromium', run: () => chromiumLeg(consumer) });

if (process.execPath && !process.versions.node.startsWith('20.')) {
  console.log(`\nnote: this Node is ${process.version}; the node20 legs use it as it is`);
}
console.log('\nlegs:');
const reports = [];
for (const leg of legs) {
  if (only && !only.some((o) => leg.name === o || leg.name.startsWith(o))) continue;
  const start = Date.now();
  let report;
  try {
    report = await leg.run();
  } catch (e) {
    report = { leg: leg.name, error: e.message };
  }
  report.wallMs = Date.now() - start;
  report.ok = !report.error && report.failed === 0 && report.passed === active.length;
  reports.push(report);
  const counts = report.passed === undefined ? 'no result' : `${report.passed} passed, ${report.failed} failed`;
  console.log(
    `${report.ok ? '✓' : '✗'} ${pad(report.leg, 12)} ${pad(report.runtime ?? '?', 10)} ${pad(report.version ?? '?', 16)} ${pad(counts, 22)} ${secs(report.wallMs)}`,
  );
  for (const r of report.results ?? []) {
    if (r.ok) continue;
    console.log(`    scenario ${r.name} failed${r.error ? `: ${r.error.replace(/\n/g, '\n      ')}` : ''}`);
    for (const st of r.steps.filter((x) => !x.ok)) console.log(`      step "${st.name}": ${st.error}`);
  }
  if (report.error) console.log(`    ${report.error.replace(/\n/g, '\n    ')}`);
}

// 5. Summary.
const rows = [['leg', 'runtime', 'version', 'scenarios', 'passed', 'failed', 'time', 'result']];
for (const r of reports) {
  rows.push([
    r.leg,
    r.runtime ?? '?',
    r.version ?? '?',
    (r.results ?? []).map((x) => x.name).join(',') || '-',
    r.passed ?? 0,
    r.failed ?? 0,
    secs(r.wallMs),
    r.ok ? 'ok' : 'FAILED',
  ]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
console.log('\nsummary');
for (const [i, row] of rows.entries()) {
  console.log(`| ${row.map((c, j) => pad(c, widths[j])).join(' | ')} |`);
  if (i === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
}
const failedLegs = reports.filter((r) => !r.ok).length;
console.log(
  `\n${reports.length - failedLegs}/${reports.length} legs green, ${hardFailures} packaging/contract failures, active scenarios: ${active.map((s) => s.name).join(', ') || 'none'} (${secs(Date.now() - runStart)})`,
);
if (!keep) rmSync(work, { recursive: true, force: true });
else console.log(`work dir kept: ${work}`);
process.exit(failedLegs + hardFailures > 0 ? 1 : 0);
