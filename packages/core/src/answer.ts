/**
 * The documented fields of a provider's answer, closed: a misspelt field (`payment.paymentStatuss`) fails to compile.
 * At run time answers stay lenient (a field the provider adds later passes through); read such a field, and the
 * HTTP status, headers and request id, with `responseOf(result)`.
 */
export type Answer<T> = T extends string | number | boolean | bigint | symbol | Date | ((...args: never[]) => unknown)
  ? T
  : T extends readonly (infer E)[]
    ? Answer<E>[]
    : T extends object
      ? { [K in keyof T as string extends K ? never : number extends K ? never : K]: Answer<T[K]> }
      : T;

/** What came back with a successful call, besides its parsed data. */
export interface ResponseInfo {
  /** HTTP status of the answer. */
  readonly status: number;
  /** Response headers. */
  readonly headers: Headers;
  /** The provider's request id, from the response headers (redacted), to quote to its support. */
  readonly requestId: string | undefined;
  /**
   * The answer as the provider sent it, unwrapped from its envelope and before the schema: fields the SDK does not
   * model yet are here. Not redacted: it is your own data, as the provider returned it.
   */
  readonly data: unknown;
}

const RESPONSE = Symbol.for('odeme.response');

/**
 * Attaches the response facts to a result object, for `responseOf`: core's Transport does it for every parsed answer,
 * and a provider package that reshapes an answer into a result of its own passes them on with it. Not enumerable:
 * logs and JSON do not see it.
 */
export function attachResponse(result: unknown, info: ResponseInfo): void {
  if (result !== null && typeof result === 'object' && Object.isExtensible(result))
    Object.defineProperty(result, RESPONSE, { value: info, enumerable: false, configurable: true });
}

/**
 * The HTTP status, headers, request id and the unparsed answer of a successful call, from its result; `undefined`
 * for a result that is not an object (a call that answers nothing).
 *
 * @example
 * const payment = await odero.payments.create(input);
 * const info = responseOf(payment);
 * log.info('charged', { status: info?.status, requestId: info?.requestId });
 * const later = (info?.data as { newField?: string } | undefined)?.newField; // a field not modelled yet
 */
export function responseOf(result: unknown): ResponseInfo | undefined {
  if (result === null || typeof result !== 'object') return undefined;
  return (result as { [RESPONSE]?: ResponseInfo })[RESPONSE];
}
