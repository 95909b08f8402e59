import { describe, expect, it } from 'vitest';
import { payoutScenarios } from './payouts';

describe('PayWall payout scenario', () => {
  for (const s of payoutScenarios) {
    it(s.name, async () => {
      const steps: string[] = [];
      await s.run({ step: (l) => steps.push(l), log: () => {} });
      expect(steps.length).toBe(4);
    });
  }
});
