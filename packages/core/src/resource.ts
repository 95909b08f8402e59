import type { Operation, OperationInput, OperationOutput } from './operation.js';
import type { CallOptions, Transport } from './transport.js';

/** One client method: the operation's input in, its parsed output out. Input is optional when every field is. */
export type OperationMethod<O> =
  Record<never, never> extends OperationInput<O>
    ? (input?: OperationInput<O>, options?: CallOptions) => Promise<OperationOutput<O>>
    : (input: OperationInput<O>, options?: CallOptions) => Promise<OperationOutput<O>>;

/** A resource: every operation row of a group as a method of the same name. */
export type Resource<T> = { readonly [K in keyof T]: OperationMethod<T[K]> };

/**
 * Turns a group of operation rows into a frozen object of methods bound to `transport`
 * (`client.payments.create(input, options)`), so that clients hold no per-call code of their own.
 */
export function bindOperations<T extends Record<string, Operation>>(transport: Transport, rows: T): Resource<T> {
  const out: Record<string, unknown> = {};
  for (const [name, row] of Object.entries(rows)) {
    out[name] = (input?: unknown, options?: CallOptions) => transport.call(row, (input === undefined ? {} : input) as OperationInput<typeof row>, options);
  }
  return Object.freeze(out) as Resource<T>;
}
