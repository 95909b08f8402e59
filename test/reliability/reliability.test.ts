// Reliability and security suite (issue 9). Sections register their tests on import; this file prints the figures.
import { afterAll } from 'vitest';
import { adapters } from './adapters/index.js';
import { figures } from './support/figures.js';
import './fuzz.js';
import './faults.js';
import './concurrency.js';
import './secrets.js';
import './callbacks.js';
import './callbacks-oderopay.js';
import './callbacks-paywall.js';
import './abort.js';
import './money-core.js';
import './money-licrus.js';
import './money-bip.js';
import './money-paywall.js';
import './money-paywall-rows.js';
import './money-oderopay.js';
import './money-haso.js';

afterAll(() => {
  const f = figures;
  const rate = f.concurrency.ms > 0 ? Math.round((f.concurrency.calls / f.concurrency.ms) * 1000) : 0;
  console.log(
    [
      `[reliability] providers: ${adapters.map((a) => `${a.name} (${a.operations.length} operations)`).join(', ')}`,
      `[reliability] 1 bad input: ${f.fuzz.invalid} invalid inputs → ValidationError naming the field, 0 requests sent; ${f.fuzz.valid} valid inputs accepted by the simulators; ${f.fuzz.hostile} hostile inputs (${f.fuzz.hostileRefused} refused before sending, ${f.fuzz.hostileSent} sent and answered with a typed result), 0 untyped exceptions`,
      `[reliability]   by provider: ${JSON.stringify(f.fuzz.byProvider)}`,
      `[reliability]   by field class: ${JSON.stringify(f.fuzz.byClass)}`,
      `[reliability] 2 faults: ${f.faults.scenarios} simulator scenarios + ${f.faults.loopback} loopback-socket scenarios; ${f.faults.retriedReads} reads retried to success; ${f.faults.moneyNeverTwice} money-moving calls under faults, each sent exactly once; slowest ${f.faults.maxMs} ms (budget 3000 ms)`,
      `[reliability] 3 concurrency: ${f.concurrency.calls} concurrent calls ${JSON.stringify(f.concurrency.perProvider)} in ${f.concurrency.ms} ms = ${rate} calls/s, every answer matched its request`,
      `[reliability] 4 secrets: ${f.secrets.errors} errors × 8 renderings = ${f.secrets.renderings} texts and ${f.secrets.logLines} log lines checked, 0 canaries found`,
      `[reliability] 5 callbacks: ${f.callbacks.cases} forged, truncated, oversized, replayed and malformed callback cases`,
      `[reliability] 6 abort/timeouts: ${f.abort.cases} cases, abort latency at most ${f.abort.maxLatencyMs} ms`,
      `[reliability] 7 money safety: ${Object.values(f.money.byProvider).reduce((a, b) => a + b, 0)} checks against a plain server or an injected fetch; by provider ${JSON.stringify(f.money.byProvider)}; by rule ${JSON.stringify(f.money.byRule)}`,
      ...moneyGrid(f.money.grid),
    ].join('\n'),
  );
});

/** The money-safety checks as a provider × rule table: an empty cell is a rule with no check for that provider. */
function moneyGrid(grid: Record<string, Record<string, number>>): string[] {
  const rules = ['reference', 'outcome', 'no-resend', 'no-redirect', 'success-evidence', 'secrets', 'callbacks', 'hostile-input'];
  const cell = (v: string | number) => String(v).padStart(18);
  const rows = Object.entries(grid).map(([provider, counts]) => `[reliability]   ${provider.padEnd(9)}${rules.map((r) => cell(counts[r] ?? '-')).join('')}`);
  return [`[reliability]   ${''.padEnd(9)}${rules.map(cell).join('')}`, ...rows];
}
