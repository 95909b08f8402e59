/**
 * `pnpm demo`: runs every example scenario against the testkit simulators and prints a table.
 * Exits non-zero when any scenario fails.
 */
import type { Scenario } from './demo-kit';
import { scenarios as bip } from './bip/scenarios';
import { scenarios as core } from './core/scenarios';
import { scenarios as haso } from './haso/scenarios';
import { scenarios as licrus } from './licrus/scenarios';
import { scenarios as oderopay } from './oderopay/scenarios';
import { scenarios as paywall } from './paywall/scenarios';

const all: Scenario[] = [...core, ...oderopay, ...haso, ...paywall, ...licrus, ...bip];
const verbose = process.argv.includes('--verbose');

interface Row {
  scenario: string;
  provider: string;
  steps: number;
  result: string;
  time: string;
}

const rows: Row[] = [];
let failed = 0;
for (const s of all) {
  const steps: string[] = [];
  const started = performance.now();
  let result = 'ok';
  try {
    await s.run({ step: (label) => steps.push(label), log: (m) => verbose && console.log(`    ${m}`) });
  } catch (e) {
    failed++;
    result = `FAILED at "${steps.at(-1) ?? 'start'}": ${e instanceof Error ? e.message : String(e)}`;
  }
  rows.push({ scenario: s.name, provider: s.provider, steps: steps.length, result, time: `${(performance.now() - started).toFixed(1)} ms` });
}

const cols: (keyof Row)[] = ['scenario', 'provider', 'steps', 'result', 'time'];
const width = (c: keyof Row) => Math.max(c.length, ...rows.map((r) => String(r[c]).length));
const line = (r: Record<string, unknown>) => cols.map((c) => String(r[c]).padEnd(width(c))).join(' │ ');
console.log(line(Object.fromEntries(cols.map((c) => [c, c]))));
console.log(cols.map((c) => '─'.repeat(width(c))).join('─┼─'));
for (const r of rows) console.log(line(r as unknown as Record<string, unknown>));
console.log(`\n${rows.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
