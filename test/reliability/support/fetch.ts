import type { FetchLike } from '@odeme/core';

/** Wraps a fetch and counts what leaves the client. */
export function countingFetch(inner: FetchLike): { fetch: FetchLike; count: () => number } {
  let n = 0;
  return {
    fetch: (input, init) => {
      n++;
      return inner(input, init);
    },
    count: () => n,
  };
}
