import { type CallOptions, type OperationCaller, type PaginateOptions, paginate } from '@odeme/core';
import { bulkPaymentsQuery } from './operations/bulk-payments.js';
import { PAYWALL_BULK_QUERY_MAX_PAGE_SIZE } from './schemas/bulk-payments.js';
import type { BulkPaymentLine, BulkQueryAllParams, BulkQueryPage } from './types/bulk-payments.js';

/**
 * Every payment of a batch, a page at a time (`bulkPayments.query` with `PageNumber` from 1; pages of 1,000, PayWall's
 * largest, unless `PageSize` says otherwise), through core's `paginate`: stops after `TotalPages` (or, when an answer
 * has none, at a short page), at an empty page, at `maxPages`, or when `signal` aborts (each page's call gets the
 * signal and the other call options too). `TotalPages` is trusted over the page's length: a server that sends fewer
 * payments a page than asked still has every page read.
 */
export function bulkPaymentsAll(
  caller: OperationCaller,
  params: BulkQueryAllParams,
  options: CallOptions & PaginateOptions = {},
): AsyncGenerator<BulkPaymentLine, void, undefined> {
  const { maxPages, ...callOptions } = options;
  const size = params.PageSize ?? PAYWALL_BULK_QUERY_MAX_PAGE_SIZE;
  return paginate<BulkPaymentLine, number>(
    async (pageNumber = 1) => {
      const page = (await caller.call(bulkPaymentsQuery, { ...params, PageSize: size, PageNumber: pageNumber }, callOptions)) as BulkQueryPage;
      const more = page.Payments.length > 0 && (typeof page.TotalPages === 'number' ? pageNumber < page.TotalPages : page.Payments.length === size);
      return { items: page.Payments, next: more ? pageNumber + 1 : undefined };
    },
    { ...(maxPages === undefined ? {} : { maxPages }), ...(options.signal ? { signal: options.signal } : {}) },
  );
}
