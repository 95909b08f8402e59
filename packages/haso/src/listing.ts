import { type CallOptions, paginate } from '@odeme/core';

/** Call options of a `…All` listing, applied to every page, and how many pages it reads at most. */
export interface ListAllOptions extends CallOptions {
  /** Stops after this many pages (default 1,000), so a listing that never ends cannot loop forever. */
  maxPages?: number;
}

/** HASO's page size when none is sent (5.9, 5.10). */
const PAGE_SIZE = 50;

/**
 * Every item of a `pageNo`/`pageSize` listing, a page at a time as the loop asks. HASO publishes no total count, so
 * the listing ends at a page shorter than the page size (which is therefore always sent), at an empty page, at
 * `maxPages` or when `options.signal` aborts.
 */
export function everyItem<P extends { pageNo?: number | undefined; pageSize?: number | undefined }, Item>(
  fetchPage: (params: P, options: CallOptions) => Promise<readonly Item[] | null | undefined>,
  params: P,
  options: ListAllOptions = {},
): AsyncGenerator<Item, void, undefined> {
  const { maxPages, ...call } = options;
  // Optional chaining: a missing `params` is refused by the schema on the first page, as a ValidationError.
  const pageSize = params?.pageSize ?? PAGE_SIZE;
  const first = params?.pageNo ?? 1;
  return paginate(
    async (pageNo: number = first) => {
      const items = (await fetchPage({ ...params, pageNo, pageSize }, call)) ?? [];
      return { items, next: items.length >= pageSize ? pageNo + 1 : undefined };
    },
    { maxPages, signal: options.signal },
  );
}
