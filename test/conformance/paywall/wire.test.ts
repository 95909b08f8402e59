// Golden wire fixtures: what our client puts on the wire for every endpoint it shares with PayWall's official .NET
// SDK (method, host per environment, path, header names, body names, nesting and JSON types), against the SDK's
// own models (netcore-endpoints.json, built by extract.mjs from paywallone/PayWall.NetCore).
import { ValidationError } from '@odeme/core';
import { describe, expect, it } from 'vitest';
import { type Capture, capture, type Target } from './capture.js';
import { compareBody, modelPaths, netObject } from './compare.js';
import { keptDifferences, keptKeys } from './differences.js';
import { NET_LEFT_OUT } from './left-out.js';
import { alwaysSent, label, type NetEndpoint, type NetField, netcore, ourRows, rowFor, shared } from './netcore.js';
import { samples } from './samples.js';

// Endpoints PayWall documents that its .NET SDK does not have (spec §4): their wire is held to the docs instead.
const DOCS_ONLY_ROWS = [
  'apm.cancelProvision',
  'apm.closeProvision',
  'bulkPayments.cancelBatch',
  'bulkPayments.cancelPayments',
  'bulkPayments.query',
  'bulkPayments.refundBatch',
  'bulkPayments.refundPayments',
  'bulkPayments.resendCallback',
  'bulkPayments.retry',
  'bulkPayments.start',
  'bulkPayments.startFile',
  'bulkPayments.startLarge',
  'bulkPayments.summary',
  'campaigns.vposInquiry',
  'cancels.byPaymentId',
  'cancels.byUniqueCode',
  'marketplace.approvalReport',
  'marketplace.approvePayment',
  'marketplace.approvePaymentSelf',
  'marketplace.approveProducts',
  'marketplace.approveProductsSelf',
  'marketplace.debts.byPayment',
  'marketplace.debts.byProduct',
  'marketplace.debts.decrease',
  'marketplace.debts.delete',
  'marketplace.debts.increase',
  'marketplace.earnings.byId',
  'marketplace.earnings.byMember',
  'marketplace.earnings.byPayment',
  'marketplace.earnings.byProduct',
  'marketplace.earnings.decrease',
  'marketplace.earnings.decreaseProduct',
  'marketplace.earnings.increase',
  'marketplace.earnings.increaseProduct',
  'marketplace.earnings.postpone',
  'marketplace.earnings.postponeProduct',
  'marketplace.earnings.retry',
  'marketplace.earnings.retryPayment',
  'marketplace.earnings.retryProduct',
  'marketplace.earnings.setProductReflectionDate',
  'marketplace.earnings.setReflectionDate',
  'marketplace.manualTrigger.inquiry',
  'marketplace.manualTrigger.pending',
  'marketplace.manualTrigger.restart',
  'marketplace.manualTrigger.start',
  'marketplace.rejectPayment',
  'marketplace.rejectProducts',
  'paymentProducts.decreaseMemberEarning',
  'paymentProducts.increaseMemberEarning',
  'paymentProducts.list',
  'payments.end3d',
  'payments.start3dModel',
  'payments.startSplit',
  'payments.version',
  'physicalPos.requestPairing',
  'physicalPos.sale',
  'physicalPos.syncTerminal',
  'queries.byPaymentId',
  'queries.byProductId',
  'queries.byTrackingCode',
  'queries.byUniqueCode',
  'refunds.partialByPaymentId',
  'refunds.partialByUniqueCode',
  'reverts.byPaymentId',
  'reverts.create',
  'vpos.transactionList',
];

const TARGETS: [keyof NetEndpoint['baseUrls'], Target][] = [
  ['test', { environment: 'test' }],
  ['productionGlobal', { environment: 'production', dataCenter: 'global' }],
  ['productionTurkey', { environment: 'production', dataCenter: 'turkey' }],
];
// Headers every JSON client sends; they carry no PayWall parameter.
const GENERIC = new Set(['accept', 'content-type']);

async function run(e: NetEndpoint, target?: Target): Promise<Capture[]> {
  const row = rowFor(e);
  if (!row) throw new Error(`${label(e)} has no row`);
  const answer = e.response ? (e.response.array ? [netObject(e.response.fields, 'filled')] : netObject(e.response.fields, 'filled')) : null;
  const out: Capture[] = [];
  for (const input of samples[row.id] ?? []) out.push(await capture(row, input, answer, target));
  return out;
}

describe('PayWall conformance: the .NET SDK endpoints our client implements', () => {
  it('the fixture holds the 83 .NET endpoints, and every one is a row of ours with sample inputs, or left out with its reason', () => {
    expect(netcore.count).toBe(83);
    expect(netcore.endpoints).toHaveLength(83);
    expect(netcore.endpoints.filter((e) => !rowFor(e)).map((e) => e.n)).toEqual(Object.keys(NET_LEFT_OUT).map(Number));
    for (const e of shared) expect(samples[rowFor(e)?.id ?? '']?.length, label(e)).toBeGreaterThan(0);
    // One row per endpoint.
    expect(new Set(shared.map(rowFor)).size).toBe(shared.length);
  });

  it('the rows the .NET SDK lacks are endpoints of the docs only, named here', () => {
    const net = new Set(shared.map(rowFor));
    expect(
      ourRows
        .filter((r) => !net.has(r))
        .map((r) => r.id)
        .sort(),
    ).toEqual(DOCS_ONLY_ROWS);
  });

  it('every kept difference names a shared endpoint', () => {
    for (const d of keptDifferences)
      for (const n of d.endpoints)
        expect(
          shared.map((e) => e.n),
          `${d.fields.join(', ')}`,
        ).toContain(n);
  });

  describe.each(shared.map((e) => [label(e), e] as const))('%s', (_name, e) => {
    it('method, path and host in each environment and data centre', async () => {
      for (const [env, target] of TARGETS) {
        for (const c of await run(e, target)) {
          expect(c.error, env).toBeUndefined();
          expect(c.sent).toHaveLength(1);
          const [sent] = c.sent;
          expect(sent?.method).toBe(e.method);
          // The SDK joins its base URL (prefix included) and the relative path: the same URL, with no query string.
          expect(sent?.url, env).toBe(`${e.baseUrls[env]}${e.path}`);
        }
      }
    });

    it('header names: the key headers of its API and its header parameters, nothing the .NET SDK does not send unless kept', async () => {
      const kept = keptKeys();
      const params = e.headerParams.map((h) => h.name.toLowerCase());
      const captures = await run(e);
      captures.forEach((c, i) => {
        const names = Object.keys(c.sent[0]?.headers ?? {});
        for (const k of e.keyHeaders) expect(names, `${k} on input ${i}`).toContain(k);
        // A value type turned to text is never empty: the SDK sends it on every call, so do we.
        for (const h of e.headerParams.filter(alwaysSent)) expect(names, `${h.name} on input ${i}`).toContain(h.name.toLowerCase());
        for (const n of names.filter((n) => !GENERIC.has(n) && !e.keyHeaders.includes(n) && !params.includes(n)))
          expect(kept.has(`${e.n} header-ours-only ${n}`), `${n} is sent but not by the .NET SDK`).toBe(true);
        if (e.method === 'GET') expect(c.sent[0]?.text).toBe('');
        else expect(c.sent[0]?.headers['content-type']).toMatch(/^application\/json/);
      });
      // The first (full) input carries every header parameter the SDK has.
      const first = Object.keys(captures[0]?.sent[0]?.headers ?? {});
      for (const p of params) expect(first, p).toContain(p);
    });

    if (e.request)
      it('body names, nesting and JSON types match the .NET model; the rest are kept differences', async () => {
        const fields = e.request?.fields ?? [];
        const covered = new Set<string>();
        const found = new Set<string>();
        for (const c of await run(e)) {
          const body = JSON.parse(c.sent[0]?.text ?? 'null');
          for (const d of compareBody(fields, body, covered)) found.add(`${e.n} ${d.kind} ${d.field}`);
          // Our names are the SDK's property names: its own wire names differ at most by the first letter's case
          // (camelCase on POST and PUT), which the server ignores (§2.1 correction).
          for (const [k] of Object.entries(body)) {
            const f = fields.find((x) => x.name === k);
            if (f) expect(f.wire === k || f.wire === `${k[0]?.toLowerCase()}${k.slice(1)}`, k).toBe(true);
          }
        }
        const expected = [...keptKeys()].filter((k) => k.startsWith(`${e.n} ours-only `));
        expect([...found].sort()).toEqual(expected.sort());
        // Every field of the .NET model is one our client can send.
        expect(modelPaths(fields).filter((p) => !covered.has(p))).toEqual([]);
      });
  });
});

/** `[MaxLength]` fields of a model, by dotted path (none sits under a list on the shared endpoints). */
function maxLengths(fields: NetField[], prefix = ''): [string, number][] {
  return fields.flatMap((f) => {
    const at = prefix ? `${prefix}.${f.name}` : f.name;
    const own: [string, number][] = f.maxLength !== undefined ? [[at, f.maxLength]] : [];
    return [...own, ...(f.fields && !f.array ? maxLengths(f.fields, at) : [])];
  });
}

function withValue(input: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  if (rest.length === 0) return { ...input, [head]: value };
  return { ...input, [head]: withValue((input[head] ?? {}) as Record<string, unknown>, rest.join('.'), value) };
}

describe('PayWall conformance: lengths', () => {
  const limited = shared.flatMap((e) => maxLengths(e.request?.fields ?? []).map(([path, max]) => [`${label(e)} ${path} (${max})`, e, path, max] as const));

  it('covers every [MaxLength] of the shared request models', () => {
    expect(limited.map(([name]) => name)).toHaveLength(10);
  });

  it.each(limited)('%s: one character more is refused before sending', async (_name, e, path, max) => {
    const row = rowFor(e);
    const input = samples[row?.id ?? '']?.[0];
    if (!row || !input) throw new Error(`${label(e)} has no sample`);
    const c = await capture(row, withValue(input, path, '7'.repeat(max + 1)));
    expect(c.error).toBeInstanceOf(ValidationError);
    expect((c.error as ValidationError).fields.some((f) => f === path || f.startsWith(`${path}.`) || path.startsWith(`${f}.`))).toBe(true);
    expect(c.sent).toHaveLength(0);
  });
});

describe('PayWall conformance: fixture provenance', () => {
  it('was read from the official .NET SDK at a fixed commit', () => {
    expect(netcore.source).toMatchObject({ repository: 'paywallone/PayWall.NetCore', commit: '32a4f63719e86f4b9cd7b30aeda144d7b9585897' });
  });
});
