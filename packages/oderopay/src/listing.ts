import { type CallOptions, paginate } from '@odeme/core';

/** Call options of a `…All` listing, applied to every page, and how many pages it reads at most. */
export interface ListAllOptions extends CallOptions {
  /** Stops after this many pages (default 1,000), so a listing that never ends cannot loop forever. */
  maxPages?: number;
}

/** Rows per page when the caller gives none: the reporting search ÖderoPay's lookups use. */
const PAGE_SIZE = 50;

/** An answer of a page/size endpoint: its rows, and the total when ÖderoPay counts them. */
interface PagedAnswer<Row> {
  items: Row[];
  totalSize?: number | null;
}

/**
 * Every row of a `page`/`size` endpoint, a page at a time as the loop asks. `params.page` is the first page read
 * (default 0), `params.size` the page size (default 50). The listing ends at a page shorter than `size`, at
 * `totalSize`, at an empty page, at `maxPages` or when `options.signal` aborts.
 */
export function everyRow<P extends { page?: number; size?: number }, Row>(
  fetchPage: (params: P, options: CallOptions) => Promise<PagedAnswer<Row>>,
  params: P | undefined,
  options: ListAllOptions = {},
): AsyncGenerator<Row, void, undefined> {
  const { maxPages, ...call } = options;
  const size = params?.size ?? PAGE_SIZE;
  const first = params?.page ?? 0;
  return paginate(
    async (page: number = first) => {
      const answer = await fetchPage({ ...params, page, size } as P, call);
      const more = answer.items.length >= size && (answer.totalSize == null || (page + 1) * size < answer.totalSize);
      return { items: answer.items, next: more ? page + 1 : undefined };
    },
    { maxPages, signal: options.signal },
  );
}

/**
 * Every row of a `pageNumber`/`limit` endpoint (subscriptions v1), whose answer is a bare list or an `items` page;
 * `params.pageNumber` is the first page read (default 0), `params.limit` the page size (default 50).
 */
export function everyRowByPageNumber<P extends { pageNumber?: number; limit?: number }, Row>(
  fetchPage: (params: P, options: CallOptions) => Promise<Row[] | { items: Row[] }>,
  params: P | undefined,
  options: ListAllOptions = {},
): AsyncGenerator<Row, void, undefined> {
  const limit = params?.limit ?? PAGE_SIZE;
  return everyRow<{ page?: number; size?: number }, Row>(
    async ({ page }, call) => asPage(await fetchPage({ ...params, pageNumber: page, limit } as P, call)),
    { page: params?.pageNumber ?? 0, size: limit },
    options,
  );
}

/** A list answer that is a bare list or an `items` page, as a page. */
export function asPage<Row>(answer: Row[] | PagedAnswer<Row>): PagedAnswer<Row> {
  return Array.isArray(answer) ? { items: answer } : answer;
}
