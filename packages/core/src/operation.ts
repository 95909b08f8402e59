import type * as zc from 'zod/v4/core';
import { ValidationError } from './errors.js';
import type { InputLimits } from './input-limits.js';

/** HTTP methods an operation row can use. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What an operation's input becomes on the wire; each part optional. */
export interface EncodedRequest {
  /** Values for `{name}` placeholders in the path. */
  pathParams?: Record<string, string | number>;
  /** Query string parameters; `undefined` values are left out. */
  query?: Record<string, string | number | boolean | undefined>;
  /** Extra request headers (e.g. header-borne GET parameters). */
  headers?: Record<string, string>;
  /** The body before serialisation; `undefined` means no body. */
  body?: unknown;
}

/** What an encoder gets besides the input: it may call the provider itself (a login), within this call's limits. */
export interface EncodeContext {
  /** Ends when the caller aborts or the call's total time runs out; pass it to any request the encoder makes. */
  readonly signal: AbortSignal;
  /** When the call's total time runs out (ms since the epoch). */
  readonly deadline: number;
}

/**
 * Where a money-moving row keeps its merchant reference: a field of the validated input. With `generate`,
 * the Transport fills the field when the caller left it out, before anything is encoded, so the reference is sent,
 * signed, and known to the caller whatever happens next.
 */
export interface ReferenceRule {
  /** Input field holding the reference (`conversationId`); a dotted path reaches a nested one (`PaymentDetail.MerchantUniqueCode`). */
  readonly field: string;
  /** Makes a reference when the caller gave none; only for fields the provider lets the merchant choose. */
  readonly generate?: () => string;
  /**
   * How a caller resolves an `unknown` outcome by this reference (the lookup to call, or that the provider has none and
   * what to do instead); said in the error's message. Kept on the row, so a bundle carries only the texts it uses.
   */
  readonly lookup?: string;
}

/**
 * One row of a provider's API: everything the executor needs to turn an input into a signed request and a
 * typed result. Adding an endpoint is adding one of these.
 */
export interface Operation<Req extends zc.$ZodType = zc.$ZodType, Res extends zc.$ZodType = zc.$ZodType, Meta = unknown> {
  /** Stable id used in errors and logs, e.g. `payments.create`. */
  readonly id: string;
  /** HTTP method of the endpoint. */
  readonly method: HttpMethod;
  /** Path relative to the base URL, with `{name}` placeholders filled from the input. */
  readonly path: string;
  /** Validates (and may transform) the caller's input before anything is sent. */
  readonly request: Req;
  /** Parses the unwrapped response data; keep it lenient (`z.looseObject`) so new fields pass through. */
  readonly response: Res;
  /** Money moves (charge, refund, cancel, capture…): never retried without an idempotency key the provider honours. */
  readonly movesMoney: boolean;
  /**
   * Whether a failed attempt may be sent again; defaults to `!movesMoney`. Set `false` for writes that move no
   * money but must not be repeated either (creating a sub-merchant, saving a record).
   */
  readonly retryable?: boolean;
  /** Input keys sent as query parameters by the default encoder (GET/DELETE send all remaining keys there). */
  readonly query?: readonly string[];
  /** Body encoding; the provider's default when absent. */
  readonly bodyFormat?: 'json' | 'form';
  /** Custom encoding of the validated input; replaces the provider's and the default encoder. */
  // A method, not a property: rows with narrower inputs must still be assignable to `Operation`.
  encode?(input: zc.output<Req>, context: EncodeContext): EncodedRequest | Promise<EncodedRequest>;
  /** Provider-specific facts: host, credential pair, token field order… */
  readonly meta?: Meta;
  /** The merchant reference of a money-moving row: set on its result and on every error of the call. */
  readonly reference?: ReferenceRule;
  /**
   * Bounds this row's documented input needs above the defaults (a batch of 50,000 payments, a file of 150,000
   * rows): for this row each is the larger of the row's and the client's `inputLimits`, so a row can raise a bound
   * for itself but never lower one the client raised.
   */
  readonly inputLimits?: Partial<InputLimits>;
}

/**
 * Identity helper that keeps the literal types of an operation row. Marked free of side effects; since esbuild honours
 * that mark only inside one module, provider packages also annotate each row's call with a `@__PURE__` comment, so
 * that a bundler drops every row the program does not use.
 *
 * @example
 * const getCharge = defineOperation({
 *   id: 'charges.get',
 *   method: 'GET',
 *   path: '/v1/charges/{id}',
 *   request: z.object({ id: z.string().min(1) }),
 *   response: z.looseObject({ id: z.string(), amount: z.number() }),
 *   movesMoney: false,
 * });
 * const charge = await transport.call(getCharge, { id: 'ch_1' });
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineOperation<Req extends zc.$ZodType, Res extends zc.$ZodType, Meta = unknown, Ref extends ReferenceRule | undefined = undefined>(
  op: Operation<Req, Res, Meta> & { readonly reference?: Ref },
): Operation<Req, Res, Meta> & WithReference<Ref> {
  return op as Operation<Req, Res, Meta> & WithReference<Ref>;
}

/** A row type that keeps its `reference` rule, so that its results are typed with `reference: string`. */
export type WithReference<Ref> = Ref extends ReferenceRule
  ? {
      /** The row's reference rule, kept in its type. */
      readonly reference: Ref;
    }
  : unknown;

/** What a caller passes to an operation: the input type of its `request` schema (before defaults and transforms). */
export type OperationInput<O> = O extends Operation<infer Req, zc.$ZodType, unknown> ? zc.input<Req> : never;
/** What the result of a money-moving row with a reference rule carries besides its answer. */
export interface Referenced {
  /** The merchant reference the call was sent with (the caller's, or the one generated before sending). */
  readonly reference: string;
}

/** What an operation returns: the output type of its `response` schema, with `reference` for a row that has one. */
export type OperationOutput<O> =
  O extends Operation<zc.$ZodType, infer Res, unknown> ? (O extends WithReference<ReferenceRule> ? zc.output<Res> & Referenced : zc.output<Res>) : never;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Names of the `{placeholders}` in a path. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

/**
 * Fills `{placeholders}`, each value URI-encoded. A value that is missing, empty, a dot segment (`.`, `..`, which a
 * URL parser would resolve into another path) or not encodable (a lone UTF-16 surrogate) is a `ValidationError`
 * naming the parameter: refused before anything is sent.
 */
export function fillPath(path: string, params: Record<string, string | number> = {}): string {
  return path.replace(PLACEHOLDER, (_m, name: string) => {
    const v = params[name];
    if (v === undefined || v === '') throw new ValidationError([{ path: name, message: 'required in the URL path', code: 'missing_path_param' }]);
    const text = String(v);
    if (text === '.' || text === '..') throw new ValidationError([{ path: name, message: 'cannot be "." or ".." in a URL path', code: 'dot_segment' }]);
    return encodeUriPart(text, name);
  });
}

/** `encodeURIComponent`, with a lone surrogate (which it cannot encode) refused as a `ValidationError` on `field`. */
export function encodeUriPart(value: string, field: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    throw new ValidationError([{ path: field, message: 'contains text that cannot be sent in a URL (a lone UTF-16 surrogate)', code: 'invalid_text' }]);
  }
}

// The placeholders of each row's path, worked out once (rows are few and their paths fixed).
const placeholderSets = new Map<string, ReadonlySet<string>>();
function placeholders(path: string): ReadonlySet<string> {
  let names = placeholderSets.get(path);
  if (!names) {
    if (placeholderSets.size >= 512) placeholderSets.clear();
    names = new Set(pathParamNames(path));
    placeholderSets.set(path, names);
  }
  return names;
}

/**
 * The default encoder: placeholders from the input, listed `query` keys to the query string, the rest to
 * the body (GET/DELETE: to the query string, with no body).
 */
export function defaultEncode(op: Pick<Operation, 'method' | 'path' | 'query'>, input: unknown): EncodedRequest {
  const fields = (input ?? {}) as Record<string, unknown>;
  const names = placeholders(op.path);
  const queryKeys = new Set(op.query ?? []);
  const noBody = op.method === 'GET' || op.method === 'DELETE';
  const pathParams: Record<string, string | number> = {};
  const query: Record<string, string | number | boolean | undefined> = {};
  let body: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(fields)) {
    if (names.has(k)) pathParams[k] = v as string | number;
    else if (noBody || queryKeys.has(k)) {
      if (v !== undefined && v !== null) query[k] = v as string | number | boolean;
    } else {
      body ??= {};
      body[k] = v;
    }
  }
  if (!noBody && body === undefined) body = {};
  return { pathParams, query, body };
}
