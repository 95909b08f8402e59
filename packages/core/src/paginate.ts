import { AbortError } from './errors.js';

/** One page of a list or search endpoint, as a provider package reads it. */
export interface Page<T, Cursor> {
  /** The page's items, in the provider's order. */
  readonly items: readonly T[];
  /** What fetches the next page (a page number, a token); `undefined` when this is the last page. */
  readonly next: Cursor | undefined;
}

/** Limits of `paginate`. */
export interface PaginateOptions {
  /** Stops after this many pages (default 1,000), so a provider that never says "last page" cannot loop forever. */
  maxPages?: number;
  /** Stops between pages when aborted (each page's own call should get the same signal). */
  signal?: AbortSignal;
}

/**
 * Every item of a paged endpoint, fetched a page at a time as the loop asks for more: `for await (const p of …)`.
 * Stops at the last page, an empty page, a cursor that repeats, `maxPages`, or the signal.
 *
 * @example
 * for await (const payment of paginate((page = 0) => searchPage(page))) console.log(payment.id);
 */
export async function* paginate<T, Cursor>(
  fetchPage: (cursor: Cursor | undefined) => Promise<Page<T, Cursor>>,
  options: PaginateOptions = {},
): AsyncGenerator<T, void, undefined> {
  const maxPages = options.maxPages ?? 1000;
  const seen = new Set<unknown>();
  let cursor: Cursor | undefined;
  for (let n = 0; n < maxPages; n++) {
    if (options.signal?.aborted) throw new AbortError('the listing was aborted between pages', { cause: options.signal.reason });
    const page = await fetchPage(cursor);
    yield* page.items;
    if (page.items.length === 0 || page.next === undefined || seen.has(page.next)) return;
    seen.add(page.next);
    cursor = page.next;
  }
}
