import { type CallOptions, type OperationCaller, type PaginateOptions, paginate } from '@odeme/core';
import { recurringCustomerPool, recurringItemPool } from './operations/recurring.js';
import type { CustomerPoolAllParams, ItemPoolAllParams, PoolCustomer, PoolItem } from './types/recurring.js';

// PayWall documents no page size limit: 100 keeps a page's answer small and the number of calls low.
const PAGE = 100;

type Page<T> = { Data: T[]; TotalRecord?: number | null | undefined };

function walk<T>(fetchPage: (start: number, length: number) => Promise<Page<T>>, length: number, options: CallOptions & PaginateOptions) {
  return paginate<T, number>(
    async (start = 0) => {
      const page = await fetchPage(start, length);
      const next = start + page.Data.length;
      const more = page.Data.length === length && (typeof page.TotalRecord !== 'number' || next < page.TotalRecord);
      return { items: page.Data, next: more ? next : undefined };
    },
    { ...(options.maxPages === undefined ? {} : { maxPages: options.maxPages }), ...(options.signal ? { signal: options.signal } : {}) },
  );
}

/** Every subscriber matching the filters, page by page (`recurring.customerPool` with `Start` moved on), via core's `paginate`. */
export function customerPoolAll(
  caller: OperationCaller,
  params: CustomerPoolAllParams = {},
  options: CallOptions & PaginateOptions = {},
): AsyncGenerator<PoolCustomer, void, undefined> {
  const { maxPages: _, ...callOptions } = options;
  const length = params.Length ?? PAGE;
  return walk((Start, Length) => caller.call(recurringCustomerPool, { ...params, Start, Length }, callOptions), length, options);
}

/** Every subscription item matching the filters, page by page (`recurring.itemPool` with `Start` moved on). */
export function itemPoolAll(
  caller: OperationCaller,
  params: ItemPoolAllParams = {},
  options: CallOptions & PaginateOptions = {},
): AsyncGenerator<PoolItem, void, undefined> {
  const { maxPages: _, ...callOptions } = options;
  const length = params.Length ?? PAGE;
  return walk((Start, Length) => caller.call(recurringItemPool, { ...params, Start, Length }, callOptions), length, options);
}
