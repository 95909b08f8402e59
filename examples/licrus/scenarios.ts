import type { Scenario } from '../demo-kit';

/** Filled in by the licrus package work. */
export const scenarios: Scenario[] = [];
