/**
 * A `fetch` made by core's Node transport (`@odeme/core/node`) also carries, under this key, its direct form: the
 * same request read straight from the socket into text, with the Transport's size limit, with no Web `Response` in
 * between. The Transport uses it when present; any other `fetch` is called as a `fetch`. The key is registered
 * (`Symbol.for`) so that every copy of core agrees on it.
 */
export const DIRECT: unique symbol = Symbol.for('odeme.core.direct-send') as never;

/** One answer read whole: `text` is `undefined` when the body was larger than the limit (it was not read), `''` for a 3xx. */
export interface DirectAnswer {
  status: number;
  headers: Headers;
  text: string | undefined;
}

/**
 * How the Transport stops a direct exchange (its attempt timed out, or the caller aborted): it sets `stopped` and
 * calls `onStop`, which the exchange points at whatever it is waiting on. A plain object: cheaper than an
 * `AbortController` and its listeners, which cost a Node call more than the rest of the exchange's bookkeeping.
 */
export interface DirectStop {
  stopped?: boolean;
  onStop?: () => void;
}

/** The direct form of a `fetch`: one request, no redirect followed, the body read up to `maxBytes`, ended by `stop`. */
export type DirectSend = (url: string, method: string, headers: Headers, body: string | undefined, maxBytes: number, stop: DirectStop) => Promise<DirectAnswer>;
