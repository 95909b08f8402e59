// The one input a suite sends for a row when it needs any valid one: our conformance samples first, then the
// reliability suite's (the fuzz adapter's sample, then the money rows' docs-only inputs).
import { paywallAdapter } from '../../reliability/adapters/paywall.js';
import { PAYWALL_DOCS_ONLY_MONEY_INPUTS } from '../../reliability/support/paywall-docs-only-inputs.js';
import { samples } from './samples.js';

/** A valid input of the row `id`, or `undefined` when no suite has one. */
export function sampleOf(id: string): Record<string, unknown> | undefined {
  return samples[id]?.[0] ?? paywallAdapter.operations.find((o) => o.id === id)?.sample ?? PAYWALL_DOCS_ONLY_MONEY_INPUTS[id]?.[0];
}
