import { describe, expect, it } from 'vitest';
import { scenarios } from './scenarios';

describe('ÖderoPay demo scenarios', () => {
  it('has scenarios', () => expect(scenarios.length).toBeGreaterThan(0));
  for (const s of scenarios) {
    it(s.name, async () => {
      const steps: string[] = [];
      await s.run({ step: (l) => steps.push(l), log: () => {} });
      expect(steps.length).toBeGreaterThan(0);
    });
  }
});

describe('the 3DS callback route refuses what is not a bank return', () => {
  it('a forged or oversized post ends as BAD_CALLBACK, and nothing is completed', async () => {
    const { OderoPaySimulator } = await import('@odeme/testkit');
    const { createOdero, finishCheckout } = await import('./checkout-3ds');
    const keys = { apiKey: 'ak-example', secretKey: 'sk-example' };
    const sim = new OderoPaySimulator(keys);
    const odero = createOdero({ ...keys, fetch: sim.fetch });
    const post = (body: string) =>
      new Request('https://shop.example/odero/3ds-callback', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    expect(await finishCheckout(odero, post('{"paymentId": 1'))).toEqual({ ok: false, reason: 'BAD_CALLBACK' });
    expect(await finishCheckout(odero, post(`{"paymentId":"1","pad":"${'x'.repeat(70 * 1024)}"}`))).toEqual({ ok: false, reason: 'BAD_CALLBACK' });
    expect(sim.requests.length).toBe(0);
  });
});
