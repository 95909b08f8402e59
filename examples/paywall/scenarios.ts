import type { Scenario } from '../demo-kit';

/** Filled in by the paywall package work. */
export const scenarios: Scenario[] = [];
