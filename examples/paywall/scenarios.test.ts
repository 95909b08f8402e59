import { describe, expect, it } from 'vitest';
import { scenarios } from './scenarios';

describe('PayWall demo scenarios', () => {
  it('has scenarios', () => expect(scenarios.length).toBeGreaterThan(0));
  for (const s of scenarios) {
    it(s.name, async () => {
      const steps: string[] = [];
      await s.run({ step: (l) => steps.push(l), log: () => {} });
      expect(steps.length).toBeGreaterThan(0);
    });
  }
});
