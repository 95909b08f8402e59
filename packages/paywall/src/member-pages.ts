import { type CallOptions, type OperationCaller, type PaginateOptions, paginate } from '@odeme/core';
import { membersList } from './operations/members.js';
import type { ListAllMembersParams, Member } from './types/members.js';

// PayWall documents no page size limit for `GET member`: 100 keeps a page small and the number of calls low.
const PAGE = 100;

/**
 * Every member, a page at a time (`members.list` with `Start` moved on by the page's count), through core's
 * `paginate`. The answer is a bare list with no total, so a page shorter than `Length` (or empty) is the last. A bad
 * `Length` is refused by the first page's call, before anything is sent.
 */
export function membersListAll(
  caller: OperationCaller,
  params: ListAllMembersParams = {},
  options: CallOptions & PaginateOptions = {},
): AsyncGenerator<Member, void, undefined> {
  const { maxPages, ...callOptions } = options;
  const length = params.Length ?? PAGE;
  return paginate<Member, number>(
    async (start = 0) => {
      const page = (await caller.call(membersList, { Start: start, Length: length }, callOptions)) as Member[];
      return { items: page, next: page.length === length ? start + page.length : undefined };
    },
    { ...(maxPages === undefined ? {} : { maxPages }), ...(options.signal ? { signal: options.signal } : {}) },
  );
}
