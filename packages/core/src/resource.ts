import type { Answer } from './answer.js';
import type { Operation, OperationInput, OperationOutput } from './operation.js';
import type { CallOptions } from './transport.js';

/** One client method: the operation's input in, its parsed output out. Input is optional when every field is. */
export type OperationMethod<O> =
  Record<never, never> extends OperationInput<O>
    ? (input?: OperationInput<O>, options?: CallOptions) => Promise<OperationOutput<O>>
    : (input: OperationInput<O>, options?: CallOptions) => Promise<OperationOutput<O>>;

/** A resource: every operation row of a group as a method of the same name. */
export type Resource<T> = { readonly [K in keyof T]: OperationMethod<T[K]> };

/** What runs operation rows: core's `Transport`, or a provider's caller that adds a step first (a login ticket). */
export interface OperationCaller {
  /** Runs one row; see `Transport.call`. */
  call<O extends Operation>(op: O, input: OperationInput<O>, options?: CallOptions): Promise<OperationOutput<O>>;
}

/**
 * The one binder of every client: turns a group of operation rows into a frozen object of methods of the same names,
 * each calling its row through `caller` (`client.payments.create(input, options)`), so clients hold no per-call code.
 * `Methods` is the group's documented interface (checked against the rows with `MethodsAgree`); by default the
 * methods are typed from the rows.
 */
export function bindOperations<T extends Record<string, Operation>, Methods = Resource<T>>(caller: OperationCaller, rows: T): NoInfer<Methods> {
  const out: Record<string, unknown> = {};
  for (const [name, row] of Object.entries(rows)) {
    out[name] = (input?: unknown, options?: CallOptions) => caller.call(row, (input === undefined ? {} : input) as OperationInput<typeof row>, options);
  }
  return Object.freeze(out) as Methods;
}

/** `true` when each of two types is assignable to the other (the test `MethodsAgree` applies to inputs and outputs). */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The fields a type names, its index signatures left out. */
export type NamedKeys<T> = keyof { [K in keyof T as string extends K ? never : number extends K ? never : symbol extends K ? never : K]: 0 };

/**
 * `Same`, and naming the same fields: with a pass-through request (an index signature), an interface that drops or
 * adds a field would otherwise still be assignable both ways.
 */
export type SameFields<A, B> = Same<A, B> extends true ? Same<NamedKeys<A>, NamedKeys<B>> : false;

/**
 * Per name, `true` when a documented method interface and its operation rows agree: every row has a method and every
 * method a row, each method takes exactly the row's input and returns the row's output (closed with `Answer`, or
 * as parsed). Otherwise a sentence saying what differs. Use with `AllAgree` in a type test.
 */
export type MethodsAgree<Methods, Rows> = {
  [K in keyof Rows | keyof Methods]: K extends keyof Rows
    ? K extends keyof Methods
      ? Methods[K] extends (input: infer I, options?: CallOptions) => Promise<infer R>
        ? SameFields<Exclude<I, undefined>, OperationInput<Rows[K]>> extends true
          ? Same<R, Answer<OperationOutput<Rows[K]>>> extends true
            ? true
            : Same<R, OperationOutput<Rows[K]>> extends true
              ? true
              : `the result type of ${K & string} is not the row's output`
          : `the input type of ${K & string} is not the row's input`
        : `${K & string} is not a method (input, options) => Promise`
      : `the row ${K & string} has no method`
    : `the method ${K & string} has no row`;
};

/** `true` when every entry of a `MethodsAgree` is `true`; otherwise the entries that are not, by name. */
export type AllAgree<Agreement> = Agreement[keyof Agreement] extends true
  ? true
  : { [K in keyof Agreement as Agreement[K] extends true ? never : K]: Agreement[K] };
