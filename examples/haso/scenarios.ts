import type { Scenario } from '../demo-kit';

/** Filled in by the haso package work. */
export const scenarios: Scenario[] = [];
