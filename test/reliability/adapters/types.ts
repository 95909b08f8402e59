import type { CallOptions, ClientOptions } from '@odeme/core';
import type { Simulator } from '@odeme/testkit';
import type fc from 'fast-check';

/** An input the oracle says is wrong in one field: it must end in a ValidationError naming `field`, with no request sent. */
export interface InvalidCase {
  /** Dotted path the ValidationError must name (a reported path equal to it or under it counts). */
  field: string;
  /** Field class, for the figures: missing, wrong-type, huge, control-chars, nan, negative, fractional, three-decimals, luhn, expired, … */
  cls: string;
  arb: fc.Arbitrary<unknown>;
}

/** One operation of a provider, as the generic loops drive it. */
export interface OperationSpec {
  /** The SDK's operation id (`transactions.create`). */
  id: string;
  movesMoney: boolean;
  /** Calls the operation on a client built by the adapter. */
  call: (env: ProviderEnv, input: unknown, options?: CallOptions) => Promise<unknown>;
  /** A fixed valid input, without state (used for invalid and hostile mutations). */
  sample: Record<string, unknown>;
  /** Builds state on the simulator and returns a valid input that works there (default: `sample`). */
  prepare?: (env: ProviderEnv) => Promise<Record<string, unknown>>;
  /** Valid field values, layered over the prepared input, that must pass the simulator's own validation. */
  valid?: fc.Arbitrary<Record<string, unknown>>;
  /** Call `prepare` again for every valid case (state that one call uses up, e.g. a payment request code). */
  preparePerCase?: boolean;
  /** Invalid inputs, one wrong field class each. */
  invalid: InvalidCase[];
  /** Leaf paths of the sample that accept anything (free-form `z.unknown()` fields): skipped by the wrong-type mutation. */
  freeForm?: string[];
}

/** A client wired to its simulator through a counting fetch. */
export interface ProviderEnv {
  provider: string;
  client: unknown;
  sim: Simulator;
  /** Requests that left the client (counted before the simulator sees them). */
  sent: () => number;
  /** Requests the simulator received for a path (`sim.count('POST', path)`). */
  countAt: (path: string) => number;
}

/** What a fault scenario needs: one read and one money-moving call, each with the path counted at the simulator. */
export interface ScenarioCall {
  id: string;
  path: string;
  /** Prepares state and returns a call that must succeed when no fault is played. */
  prepare: (env: ProviderEnv) => Promise<(options?: CallOptions) => Promise<unknown>>;
}

/** Everything the reliability suite knows about a provider. Adding a provider is writing one of these. */
export interface ProviderAdapter {
  name: string;
  /** Builds a client on a fresh simulator; `options` are core client options layered on the adapter's defaults. */
  create: (options?: ClientOptions, fetchOverride?: (sim: Simulator) => ClientOptions['fetch']) => ProviderEnv;
  operations: OperationSpec[];
  /** Reads (retried); empty when the provider has none. */
  reads: ScenarioCall[];
  /** Money-moving calls (never sent twice). */
  money: ScenarioCall[];
  /** For concurrency: a call whose answer can be matched to its own request. `check` throws when it does not match. */
  concurrent: (env: ProviderEnv) => Promise<(i: number) => Promise<void>>;
  /** Canary secrets this provider's client is built with (checked absent everywhere). */
  canaries: string[];
  /** Builds a client holding the canaries, and runs one call per error path; returns the errors and nothing else. */
  errorPaths: (logger: import('@odeme/core').Logger) => Promise<{ path: string; error: unknown }[]>;
}
