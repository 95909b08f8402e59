import { inspect } from 'node:util';
import { createLogger, isOdemeError, type Logger, type OdemeError } from '@odeme/core';
import { describe, expect, it } from 'vitest';
import { adapters } from './adapters/index.js';
import { CANARY, findCanaries } from './support/canaries.js';
import { figures } from './support/figures.js';

function captureLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (message: string, fields?: Record<string, unknown>) => lines.push(`${message} ${fields ? inspect(fields, { depth: 10 }) : ''}`);
  return { lines, debug: push, info: push, warn: push, error: push };
}

/** Every way an error gets printed. */
function renderings(e: OdemeError): Record<string, string> {
  const cause = (e as { cause?: unknown }).cause;
  return {
    message: e.message,
    stack: e.stack ?? '',
    cause: cause === undefined ? '' : `${String(cause)} ${(cause as Error)?.stack ?? ''} ${inspect(cause, { depth: 10 })}`,
    toJSON: JSON.stringify(e.toJSON()),
    jsonStringify: JSON.stringify(e),
    string: String(e),
    inspect: inspect(e, { depth: 20 }),
    inspectHidden: inspect(e, { depth: 20, showHidden: true }),
  };
}

describe('4. secrets never leak', () => {
  for (const adapter of adapters) {
    it(`${adapter.name}: canaries through every error path and the debug log`, async () => {
      const logger = captureLogger();
      const paths = await adapter.errorPaths(logger);
      const leaks: string[] = [];
      let all = '';
      for (const { path, error } of paths) {
        all += inspect(error, { depth: 20 });
        expect(isOdemeError(error), `${adapter.name} ${path}: ${String(error)}`).toBe(true);
        figures.secrets.errors++;
        for (const [how, text] of Object.entries(renderings(error as OdemeError))) {
          figures.secrets.renderings++;
          const found = findCanaries(text, adapter.canaries);
          if (found.length) leaks.push(`${path} ${how}: ${found.join(', ')}`);
        }
      }
      for (const line of logger.lines) {
        figures.secrets.logLines++;
        const found = findCanaries(line, adapter.canaries);
        if (found.length) leaks.push(`log: ${found.join(', ')} in ${line.slice(0, 200)}`);
      }
      expect(leaks).toEqual([]);
      // The paths really carried secrets: redaction markers show where they were removed.
      expect(all).toMatch(/\[REDACTED\]|\*{6}/);
      expect(new Set(paths.map((p) => p.path)).size).toBeGreaterThanOrEqual(8);
    });
  }

  it('the logger at every level: JSON, form, headers, Basic/Bearer, card numbers with separators', () => {
    const sink = captureLogger();
    const text = [
      `{"cardNumber":"${CANARY.card}","cvc":"${CANARY.cvv}","password":"${CANARY.licrusPassword}","merchantKey":"${CANARY.hasoKey}","AuthTicket":"${CANARY.licrusTicket}"}`,
      `pan=${CANARY.card}&cvv=${CANARY.cvv}&merchant_salt=${CANARY.hasoSalt}&commitToken=${CANARY.commitToken}`,
      `Authorization: Basic ${btoa(`svc:${CANARY.bipPassword}`)} / Bearer ${CANARY.licrusTicket}`,
      `kart ${CANARY.card.replace(/(\d{4})/g, '$1 ').trim()} ve ${CANARY.card.replace(/(\d{4})/g, '$1-').slice(0, -1)}`,
    ];
    for (const level of ['debug', 'info', 'warn', 'error'] as const) {
      const log = createLogger(sink, 'debug');
      for (const t of text)
        log[level](t, { SecurityCode: CANARY.cvv, Card: { Number: CANARY.card }, headers: { authorization: `Basic x` }, note: t, pinCode: CANARY.hasoPin });
    }
    const leaks = sink.lines.flatMap((l) => findCanaries(l).map((c) => `${c} in ${l.slice(0, 120)}`));
    figures.secrets.logLines += sink.lines.length;
    expect(leaks).toEqual([]);
    expect(sink.lines.join('\n')).toContain('435508******4358');
  });
});
