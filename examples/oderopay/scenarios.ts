import type { Scenario } from '../demo-kit';

/** Filled in by the oderopay package work. */
export const scenarios: Scenario[] = [];
