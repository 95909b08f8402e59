import type { FetchLike } from './transport.js';

/**
 * The `fetch` a client sends with when it is given none, looked up at each call: the runtime's global `fetch`
 * (Workers, Deno, Bun, browsers). On Node, the package's `#default-fetch` import resolves to `default-fetch.node`.
 */
export function defaultFetch(): FetchLike {
  return globalThis.fetch;
}
