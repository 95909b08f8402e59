import { describe, expect, it } from 'vitest';
import { apmScenarios } from './apm';

describe('PayWall APM scenario', () => {
  for (const s of apmScenarios) {
    it(s.name, async () => {
      const steps: string[] = [];
      await s.run({ step: (l) => steps.push(l), log: () => {} });
      expect(steps.length).toBe(4);
    });
  }
});
