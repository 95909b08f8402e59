import type { Scenario } from '../demo-kit';

/** Filled in by the bip package work. */
export const scenarios: Scenario[] = [];
