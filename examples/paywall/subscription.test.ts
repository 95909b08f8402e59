import { describe, expect, it } from 'vitest';
import { subscriptionScenarios } from './subscription';

describe('PayWall subscription demo', () => {
  for (const s of subscriptionScenarios) {
    it(s.name, async () => {
      const steps: string[] = [];
      const logs: string[] = [];
      await s.run({ step: (l) => steps.push(l), log: (l) => logs.push(l) });
      expect(steps).toHaveLength(6);
      expect(logs.at(-1)).toBe('paid 149.9 TL on try 2; next charge 2026-03-10T08:00:00.000Z');
    });
  }
});
