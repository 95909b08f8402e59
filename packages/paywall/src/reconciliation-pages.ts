import { type CallOptions, type OperationCaller, type PaginateOptions, paginate } from '@odeme/core';
import { vposReconciliationList } from './operations/vpos.js';
import type { ReconciliationListAllParams, ReconciliationRecord } from './types/vpos.js';

// PayWall documents no page size limit: 100 keeps a page's answer small and the number of calls low.
const PAGE = 100;

/**
 * Every reconciliation of a date range, a page at a time (`vpos.reconciliationList` with `Start` moved on by the
 * page's count), through core's `paginate`: stops after `TotalRecord` records, at an empty or short page, at
 * `maxPages`, or when `signal` aborts (each page's call gets the signal and the other call options too).
 */
export function reconciliationListAll(
  caller: OperationCaller,
  params: ReconciliationListAllParams,
  options: CallOptions & PaginateOptions = {},
): AsyncGenerator<ReconciliationRecord, void, undefined> {
  const { maxPages, ...callOptions } = options;
  const length = params.Length ?? PAGE;
  return paginate<ReconciliationRecord, number>(
    async (start = 0) => {
      const page = await caller.call(vposReconciliationList, { ...params, Start: start, Length: length }, callOptions);
      const next = start + page.Data.length;
      const more = page.Data.length === length && (typeof page.TotalRecord !== 'number' || next < page.TotalRecord);
      return { items: page.Data, next: more ? next : undefined };
    },
    { ...(maxPages === undefined ? {} : { maxPages }), ...(options.signal ? { signal: options.signal } : {}) },
  );
}
