import { PAYWALL_SIM_EARNING_STATUS } from '@odeme/testkit';
import { describe, expect, it } from 'vitest';
import { marketplaceScenarios, runMarketplaceDemo } from './marketplace';

describe('PayWall marketplace scenario', () => {
  it('splits the basket to the kuruş, approves it and pays both sellers', async () => {
    const steps: string[] = [];
    const lines: string[] = [];
    const { sim, paymentId, sellers } = await runMarketplaceDemo({ step: (l) => steps.push(l), log: (m) => lines.push(m) });
    expect(steps).toHaveLength(5);

    // The simulator's ledger: per product [seller, platform] in kuruş, the seller, and both statuses.
    const ledger = sim.marketplace.productsOf(paymentId).map((product) => {
      const [platform, seller] = sim.marketplace.earningsOf(product);
      return [product.externalId, product.memberId, seller.earningKurus, platform.earningKurus, seller.statusId, platform.statusId];
    });
    const { paid } = PAYWALL_SIM_EARNING_STATUS;
    expect(ledger).toEqual([
      // 199.99 less 10 %: 179.991, rounded down; the kuruş left over is the platform's.
      ['KUPA-01', sellers.cups, 17_999, 2_000, paid, paid],
      // 100.01 less the product's own 7.5 %: 92.50925.
      ['CAY-01', sellers.tea, 9_250, 751, paid, paid],
      // The earning the shop worked out itself.
      ['CAY-02', sellers.tea, 4_000, 1_000, paid, paid],
    ]);
    // Paid on Thursday 10 and Friday 11 December, 00:00 in Istanbul.
    const dates = sim.marketplace.productsOf(paymentId).map((p) => sim.marketplace.earningsOf(p)[1].reflectionDate?.toISOString());
    expect(dates).toEqual(['2026-12-09T21:00:00.000Z', '2026-12-10T21:00:00.000Z', '2026-12-10T21:00:00.000Z']);
    expect(lines).toContain('El yapımı kupa: 199.99 ₺ → seller 179.99 ₺, platform 20.00 ₺');
    expect(lines).toContain('platform commission 37.51 ₺, plus the 25.00 ₺ fee it sold itself');
    expect(lines).toContain('El yapımı kupa: paid out on 2026-12-10 (00:00 Istanbul)');
    expect(lines).toContain('Demlik: paid out on 2026-12-11 (00:00 Istanbul)');
  });

  for (const s of marketplaceScenarios) {
    it(s.name, async () => {
      const steps: string[] = [];
      await s.run({ step: (l) => steps.push(l), log: () => {} });
      expect(steps).toHaveLength(5);
    });
  }
});
