import { describe, expect, it } from 'vitest';
import { scenarios } from './scenarios';

describe('haso demo scenarios', () => {
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    const steps: string[] = [];
    await scenario.run({ step: (s) => steps.push(s), log: () => {} });
    expect(steps.length).toBeGreaterThan(0);
  });
});
