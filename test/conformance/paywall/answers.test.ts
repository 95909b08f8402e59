// Answers as a .NET server writes them (every member of the SDK's answer model, `null` wherever the type allows):
// our client reads each shared endpoint's success, and a list sent as `null` reads as empty.
import { UnexpectedResponseError } from '@odeme/core';
import { describe, expect, it } from 'vitest';
import { capture } from './capture.js';
import { netObject, nullLists, valueAt } from './compare.js';
import { NET_LEFT_OUT } from './left-out.js';
import { label, netcore, ourRows, rowFor, shared } from './netcore.js';
import { sampleOf } from './sample-of.js';
import { samples } from './samples.js';

const withAnswers = shared.filter((e) => e.response && e.response.fields.length > 0);
// The one answer refused: a query by code whose `Paywall` is `null` names no payment, so it is not read as a state
// (and never as "not found": `findByReference` would take that for "safe to send again").
const REFUSED = new Set(['61 nulls', '61 body-null']);

async function read(n: number, body: unknown) {
  const e = shared.find((x) => x.n === n);
  const row = e && rowFor(e);
  if (!row) throw new Error(`#${n} has no row`);
  return capture(row, samples[row.id]?.[0], body);
}

describe('PayWall conformance: .NET-shaped success answers', () => {
  it('covers the shared endpoints whose .NET answer has a model', () => {
    // Every .NET endpoint whose answer is a model (the others answer a bare value or nothing), but those left out.
    const modelled = netcore.endpoints.filter((e) => e.response && e.response.fields.length > 0 && !(e.n in NET_LEFT_OUT));
    expect(withAnswers.map((e) => e.n)).toEqual(modelled.map((e) => e.n));
  });

  describe.each(withAnswers.map((e) => [label(e), e] as const))('%s', (_name, e) => {
    const fields = e.response?.fields ?? [];
    for (const mode of ['nulls', 'filled'] as const)
      it(`reads an answer with ${mode === 'nulls' ? 'every nullable member null' : 'nested members present, their nullable members null'}`, async () => {
        const item = netObject(fields, mode);
        const c = await read(e.n, e.response?.array ? [item] : item);
        if (REFUSED.has(`${e.n} ${mode}`)) {
          expect(c.error).toBeInstanceOf(UnexpectedResponseError);
          return;
        }
        expect(c.error).toBeUndefined();
        const result = e.response?.array ? (c.result as unknown[])[0] : c.result;
        for (const path of nullLists(fields, item)) expect(valueAt(result, path), path).toEqual([]);
      });

    it('reads a `null` Body', async () => {
      const c = await read(e.n, null);
      if (REFUSED.has(`${e.n} body-null`)) expect(c.error).toBeInstanceOf(UnexpectedResponseError);
      else {
        expect(c.error).toBeUndefined();
        if (e.response?.array) expect(c.result).toEqual([]);
      }
    });
  });
});

// The single-payment queries: a success whose Body is null names no payment (see REFUSED above).
const IDENTIFIES = new Set(['queries.byMerchantUniqueCode', 'queries.byUniqueCode', 'queries.byPaymentId']);

describe('PayWall: a success whose Body is null, on every row', () => {
  it.each(ourRows.map((r) => [r.id, r] as const))('%s', async (id, row) => {
    // Our samples for the shared rows, the reliability suite's for the others.
    const sample = sampleOf(id);
    expect(sample, id).toBeDefined();
    const c = await capture(row, sample, null);
    expect(c.sent).toHaveLength(1);
    if (IDENTIFIES.has(id)) {
      expect(c.error).toBeInstanceOf(UnexpectedResponseError);
      return;
    }
    expect(c.error).toBeUndefined();
    // Lists read as empty, keys as '', other answers as an object with nothing in it, or as sent.
    const lists: Record<string, unknown> = {
      'installments.list': [],
      'cardWall.list': [],
      'cardWall.insurance.list': [],
      'queries.byProductId': [],
      'queries.byTrackingCode': [],
      'vpos.reconciliationList': { Data: [] },
      'clientSide.tempToken': { Token: '' },
      'clientSide.tempCard': { CardToken: '' },
    };
    if (id in lists) expect(c.result).toEqual(lists[id]);
  });
});
