import { describe, expect, it } from 'vitest';
import { prepaidCardScenarios } from './prepaid-cards';

describe('PayWall prepaid card scenario', () => {
  for (const s of prepaidCardScenarios) {
    it(s.name, async () => {
      const steps: string[] = [];
      await s.run({ step: (l) => steps.push(l), log: () => {} });
      expect(steps.length).toBe(4);
    });
  }
});
