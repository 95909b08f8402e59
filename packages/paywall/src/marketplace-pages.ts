import { type CallOptions, type OperationCaller, type PaginateOptions, paginate } from '@odeme/core';
import { marketplaceEarningsByMember } from './operations/marketplace-earnings.js';
import type { EarningsByMemberAllParams, MemberEarning, MemberEarningsPage } from './types/marketplace.js';

// PayWall caps a page of a member's earnings at 50 (`length`, #58): the largest page keeps the calls few.
const PAGE = 50;

/**
 * Every earning of a member, a page at a time (`marketplace.earnings.byMember` with `Start` moved on by the page's
 * count), through core's `paginate`: stops after `TotalRecord` earnings, at an empty or short page, at `maxPages`, or
 * when `signal` aborts (each page's call gets the signal and the other call options too). Bad filters are refused by
 * the first page's call, before anything is sent.
 */
export function memberEarningsAll(
  caller: OperationCaller,
  params: EarningsByMemberAllParams,
  options: CallOptions & PaginateOptions = {},
): AsyncGenerator<MemberEarning, void, undefined> {
  const { maxPages, ...callOptions } = options;
  const length = params.Length ?? PAGE;
  return paginate<MemberEarning, number>(
    async (start = 0) => {
      const page = (await caller.call(marketplaceEarningsByMember, { ...params, Start: start, Length: length }, callOptions)) as MemberEarningsPage;
      const next = start + page.Data.length;
      const more = page.Data.length === length && (typeof page.TotalRecord !== 'number' || next < page.TotalRecord);
      return { items: page.Data, next: more ? next : undefined };
    },
    { ...(maxPages === undefined ? {} : { maxPages }), ...(options.signal ? { signal: options.signal } : {}) },
  );
}
