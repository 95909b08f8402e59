import { type PayWallOperation, payWallOperations } from '@odeme/paywall';
import { describe, expect, it } from 'vitest';
import { IMPLEMENTED, sectionOf } from './catalogue';

const rows = Object.values(payWallOperations).flatMap((area) => Object.values(area) as PayWallOperation[]);
const meta = (r: PayWallOperation) => r.meta as NonNullable<PayWallOperation['meta']>;

describe('PayWall operation table', () => {
  it('has one row for each endpoint of spec §4 it implements, and the ones left out are named (see catalogue.ts)', () => {
    const numbers = rows.map((r) => meta(r).no).sort((a, b) => a - b);
    expect(numbers).toEqual(IMPLEMENTED);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('places each row on its documented host with its header pair (§1.2, and the .NET SDK where it decides)', () => {
    for (const r of rows) {
      const m = meta(r);
      expect([m.host, m.auth], `${r.id} (#${m.no})`).toEqual(sectionOf(m.no).api);
    }
  });

  it('moves money only where money moves', () => {
    const moving = rows.filter((r) => r.movesMoney).map((r) => meta(r).no);
    // Card storage, temp tokens/cards and reconciliation change state but move no money: sent once, not "money".
    for (const no of [11, 12, 31, 90, 92, 93, 94, 96, 97]) expect(moving, String(no)).not.toContain(no);
    expect(moving.length).toBeGreaterThan(10);
  });

  it('retries only GET reads; every GET names its header parameters (except the undocumented #1 and #29)', () => {
    for (const r of rows) {
      expect(r.retryable ?? !r.movesMoney, r.id).toBe(r.method === 'GET');
      if (r.method === 'GET' && ![1, 29].includes(meta(r).no)) expect(Object.keys(meta(r).headers ?? {}).length, r.id).toBeGreaterThan(0);
      for (const h of Object.values(meta(r).headers ?? {})) expect(h === h.toLowerCase() || h === 'includeDetails', h).toBe(true);
    }
  });
});
