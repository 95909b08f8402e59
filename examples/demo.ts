/**
 * `pnpm demo`: runs every example scenario against the testkit simulators and prints a table, then what to try next.
 * The packages are read from their sources (tsconfig.json maps `@odeme/*` to `packages/<name>/src`): nothing to build.
 * Exits non-zero when any scenario fails.
 *
 *   pnpm demo --verbose   also prints each scenario's log lines, under its row
 */
import { existsSync } from 'node:fs';
import { scenarios as bip } from './bip/scenarios';
import { scenarios as core } from './core/scenarios';
import type { Scenario } from './demo-kit';
import { scenarios as haso } from './haso/scenarios';
import { scenarios as licrus } from './licrus/scenarios';
import { scenarios as oderopay } from './oderopay/scenarios';
import { apmScenarios } from './paywall/apm';
import { bulkScenarios } from './paywall/bulk';
import { marketplaceScenarios } from './paywall/marketplace';
import { payoutScenarios } from './paywall/payouts';
import { prepaidCardScenarios } from './paywall/prepaid-cards';
import { scenarios as paywall } from './paywall/scenarios';
import { subscriptionScenarios } from './paywall/subscription';

const all: Scenario[] = [
  ...core,
  ...oderopay,
  ...haso,
  ...paywall,
  ...subscriptionScenarios,
  ...payoutScenarios,
  ...prepaidCardScenarios,
  ...apmScenarios,
  ...marketplaceScenarios,
  ...bulkScenarios,
  ...licrus,
  ...bip,
];
const verbose = process.argv.includes('--verbose');
const live = Boolean(process.stdout.isTTY) && !process.env.CI;

interface Row {
  scenario: string;
  provider: string;
  steps: number;
  result: string;
  time: string;
  /** Printed under the row: the failure, and with --verbose the scenario's log lines. */
  notes: string[];
}

const rows: Row[] = [];
let failed = 0;
for (const [i, s] of all.entries()) {
  if (live) process.stdout.write(`\r\x1b[Krunning ${i + 1}/${all.length}: ${s.name}`.slice(0, (process.stdout.columns || 120) - 1));
  const steps: string[] = [];
  const logs: string[] = [];
  const started = performance.now();
  let result = 'ok';
  const notes: string[] = [];
  try {
    await s.run({ step: (label) => steps.push(label), log: (m) => logs.push(m) });
  } catch (e) {
    failed++;
    result = 'FAILED';
    notes.push(`✗ at "${steps.at(-1) ?? 'start'}": ${e instanceof Error ? e.message : String(e)}`);
  }
  if (verbose) notes.push(...logs.map((m) => `· ${m}`));
  rows.push({ scenario: s.name, provider: s.provider, steps: steps.length, result, time: `${(performance.now() - started).toFixed(1)} ms`, notes });
}
if (live) process.stdout.write('\r\x1b[K');

const cols = ['scenario', 'provider', 'steps', 'result', 'time'] as const;
const width = (c: (typeof cols)[number]) => Math.max(c.length, ...rows.map((r) => String(r[c]).length));
const line = (r: Record<(typeof cols)[number], unknown>) => cols.map((c) => String(r[c]).padEnd(width(c))).join(' │ ');
console.log(line({ scenario: 'scenario', provider: 'provider', steps: 'steps', result: 'result', time: 'time' }));
console.log(cols.map((c) => '─'.repeat(width(c))).join('─┼─'));
for (const r of rows) {
  console.log(line(r));
  for (const note of r.notes) console.log(`    ${note}`);
}
console.log(`\n${rows.length - failed} passed, ${failed} failed`);

// What to try next; a line is shown only when what it names is there.
const next: [label: string, what: string, path: string][] = [
  ['a first payment', 'pnpm exec tsx examples/first-payment.ts', 'examples/first-payment.ts'],
  ['the web shop', 'pnpm shop  (a Turkish checkout in your browser, 3-D Secure included)', 'examples/checkout/server.ts'],
  ['the checkouts above', 'examples/oderopay/checkout-3ds.ts, examples/paywall/checkout.ts', 'examples/oderopay/checkout-3ds.ts'],
  ['a payment service', 'pnpm exec tsx examples/frameworks/express/server.ts', 'examples/frameworks/express/server.ts'],
  ['the log lines', 'pnpm demo --verbose', verbose ? '' : 'examples/demo.ts'],
  ['getting started', 'docs/getting-started.md', 'docs/getting-started.md'],
];
const providers = [...new Set(all.map((s) => s.provider))].filter((p) => existsSync(`docs/providers/${p}.md`));
const shown = next.filter(([, , path]) => path && existsSync(path));
if (providers.length) shown.push(['provider guides', providers.map((p) => `docs/providers/${p}.md`).join(', '), '']);
const labelWidth = Math.max(...shown.map(([label]) => label.length));
console.log('\nNext:');
for (const [label, what] of shown) console.log(`  ${label.padEnd(labelWidth)}  ${what}`);
process.exitCode = failed ? 1 : 0;
