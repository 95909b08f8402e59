import { describe, expect, it } from 'vitest';
import { runBulkDemo } from './bulk';

describe('PayWall bulk payments scenario', () => {
  it('charges the batch, verifies every page, and ends fully paid after the retry', async () => {
    const steps: string[] = [];
    const lines: string[] = [];
    const { sim, pages, paid } = await runBulkDemo({ step: (l) => steps.push(l), log: (m) => lines.push(m) });
    expect(steps).toHaveLength(5);
    // Two pages of two on the batch, and the same two again when the retry posts the result again; none refused.
    expect(pages).toEqual([
      [1, 2, 2],
      [2, 2, 2],
      [1, 2, 2],
      [2, 2, 2],
    ]);
    expect(sim.bulk.callbacks.every((c) => c.status === 200)).toBe(true);
    // The simulator's ledger, in kuruş: 250.00 + 180.50 + 319.50 first, then Mehmet's 250.00.
    expect(paid).toEqual({ first: 75_000, final: 100_000 });
    const batch = sim.bulk.batchOf('dues-2026-12');
    expect(batch?.items.map((i) => sim.payments.get(i.paymentId as number)?.statusId)).toEqual([4, 4, 4, 4]);
    expect(lines).toContain('declined: dues-2026-12-2');
    expect(lines).toContain('paid 4 of 4: 1000.00 ₺');
  });
});
