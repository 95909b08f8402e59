// 7. Money safety, PayWall, every money-moving row of the table: each is called with the conformance samples' input
// (every field it can send; for the rows the .NET SDK lacks, support/paywall-docs-only-inputs.ts) against a plain node:http server that fails in the ways a network does. A row added to
// the table is covered here without a line of its own: sent exactly once, outcome unknown, the reference as on the
// wire, and no card number or IBAN of the input in the error however it is rendered.
import { inspect } from 'node:util';
import { isOdemeError, type OdemeError } from '@odeme/core';
import { PayWall, type PayWallOperation, payWallOperations } from '@odeme/paywall';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samples } from '../conformance/paywall/samples.js';
import { moneyCheck } from './support/figures.js';
import { PAYWALL_DOCS_ONLY_MONEY_INPUTS } from './support/paywall-docs-only-inputs.js';
import { type PlainAnswer, type PlainRequest, plainServer } from './support/plain-server.js';

const P = 'paywall';
const keys = { apiKeyPublic: 'pk_rows_7a1c', apiClientPublic: 'pc_rows_2b9e', apiKeyPrivate: 'sk_rows_5d3f', apiClientPrivate: 'sc_rows_8e06' };
const rows = Object.values(payWallOperations).flatMap((area) => Object.values(area) as PayWallOperation[]);
const inputsOf = (r: PayWallOperation): readonly Record<string, unknown>[] => samples[r.id] ?? PAYWALL_DOCS_ONLY_MONEY_INPUTS[r.id] ?? [];
const money = rows.filter((r) => r.movesMoney && inputsOf(r).length > 0);

/** The value at a dotted path, matching names without regard to case (PayWall's server reads them so). */
function at(value: unknown, path: string): unknown {
  let v = value;
  for (const key of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    const hit = Object.keys(v).find((k) => k.toLowerCase() === key.toLowerCase());
    v = hit === undefined ? undefined : (v as Record<string, unknown>)[hit];
  }
  return v;
}

/** Card numbers and IBANs anywhere in an input (a bulk file's CSV fields included): what must never reach an error. */
function secretsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    for (const field of value.split(/[,;\t\r\n]/)) {
      const compact = field.replace(/[\s-]/g, '');
      if (/^\d{13,19}$/.test(compact) || /^TR\d{24}$/i.test(compact)) out.push(compact);
    }
  } else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) secretsOf(v, out);
  return out;
}

/** The body as sent: JSON, or a multipart form (the bulk file upload) read by undici's own parser into its text fields. */
async function sentBody(req: PlainRequest | undefined): Promise<unknown> {
  const type = String(req?.headers['content-type'] ?? '');
  if (!type.startsWith('multipart/form-data')) return JSON.parse(req?.body || '{}');
  const form = await new Request('http://plain.test', { method: 'POST', body: req?.body, headers: { 'content-type': type } }).formData();
  return Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string'));
}

const faults: { name: string; answer: PlainAnswer | 'timeout' }[] = [
  { name: 'connection reset', answer: 'reset' },
  { name: 'HTML 502', answer: { status: 502, headers: { 'content-type': 'text/html' }, body: '<h1>502 Bad Gateway</h1>' } },
  { name: 'no answer', answer: 'timeout' },
];

describe('7. money safety: every PayWall money row against a plain server', () => {
  let server: Awaited<ReturnType<typeof plainServer>>;
  let script: (req: PlainRequest) => PlainAnswer | 'stall-headers' = () => 'reset';
  beforeAll(async () => {
    server = await plainServer((req) => script(req));
  });
  afterAll(() => server.close());

  it('covers every money-moving row of the table (each has inputs)', () => {
    expect(money.map((r) => r.id)).toEqual(rows.filter((r) => r.movesMoney).map((r) => r.id));
    expect(money.length).toBeGreaterThan(20);
  });

  for (const f of faults)
    it(`${f.name}: each row reaches PayWall exactly once, outcome unknown, its reference as on the wire, no card or IBAN in the error`, async () => {
      script = () => (f.answer === 'timeout' ? 'stall-headers' : f.answer);
      const pw = new PayWall({ ...keys, baseUrl: server.url, logLevel: 'off', timeout: 150, maxRetries: 5, retry: { initialDelayMs: 1, maxDelayMs: 2 } });
      for (const row of money) {
        for (const input of inputsOf(row)) {
          const before = server.requests.length;
          const error = await pw.call(row, input as never).then(
            () => undefined,
            (e: unknown) => e,
          );
          expect(isOdemeError(error), `${row.id}: ${String(error)}`).toBe(true);
          const e = error as OdemeError;
          expect(server.requests.length - before, row.id).toBe(1);
          expect(e.outcome, row.id).toBe('unknown');
          const sent = await sentBody(server.requests.at(-1));
          const field = row.reference?.field;
          if (field) expect(e.reference, row.id).toBe(String(at(sent, field)));
          for (const view of [e.message, JSON.stringify(e), inspect(e, { depth: 10 })])
            for (const secret of secretsOf(input)) expect(view.includes(secret), `${row.id}: ${secret}`).toBe(false);
          moneyCheck(P, 'no-resend');
          moneyCheck(P, 'outcome');
        }
      }
    });
});
