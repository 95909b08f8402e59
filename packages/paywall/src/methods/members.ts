import type { CallOptions, PaginateOptions } from '@odeme/core';
import type {
  CreateBankAccountParams,
  CreateMemberParams,
  ListAllMembersParams,
  ListMembersParams,
  Member,
  MemberBankAccount,
  MemberIdParams,
  MemberValueDate,
  RemoveBankAccountParams,
  RemoveMemberParams,
  SearchMemberParams,
  SetValueDateParams,
  UpdateBankAccountParams,
  UpdateMemberParams,
} from '../types/members.js';

/** Members (sub-merchants of a marketplace) on MemberAPI, with the public pair (§4.6). None moves money. */
export interface MembersMethods {
  /**
   * Creates a member, with its bank accounts (one per currency) and value date if given; answers the member with
   * PayWall's `Id`. `POST member` (#79). Moves no money; sent once (a second call meets 227, member exists).
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/members.md#members
   */
  create(params: CreateMemberParams, options?: CallOptions): Promise<Member>;
  /**
   * Replaces a member's details by PayWall's `Id`: send the whole record. `PUT member` (#80). Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/members.md#members
   */
  update(params: UpdateMemberParams, options?: CallOptions): Promise<null>;
  /**
   * Deletes a member by `Id` or `MemberExternalId` (JSON body). `DELETE member` (#81). Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/members.md#members
   */
  remove(params: RemoveMemberParams, options?: CallOptions): Promise<null>;
  /**
   * One page of members (`Start`, `Length`); `listAll` walks every page. `GET member` (#82; headers `start`,
   * `length`). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/members.md#listing-members
   */
  list(params: ListMembersParams, options?: CallOptions): Promise<Member[]>;
  /**
   * One member by PayWall's `MemberId` or your `MemberExternalId`. `GET member/search` (#83; headers `memberid`,
   * `memberexternalid`). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/members.md#members
   */
  search(params: SearchMemberParams, options?: CallOptions): Promise<Member>;
}

/** A member's payout bank accounts, `paywall.members.bankAccounts` (§4.6). None moves money. */
export interface MemberBankAccountsMethods {
  /**
   * Adds a bank account to a member; a member has at most one per currency. `POST member/bankaccount` (#84). Moves
   * no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/members.md#bank-accounts
   */
  create(params: CreateBankAccountParams, options?: CallOptions): Promise<null>;
  /**
   * Changes a bank account's currency, title and IBAN by its `Id`. `PUT member/bankaccount` (#85). Moves no money;
   * sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/members.md#bank-accounts
   */
  update(params: UpdateBankAccountParams, options?: CallOptions): Promise<null>;
  /**
   * Deletes a bank account by its `Id` (JSON body). `DELETE member/bankaccount` (#86). Moves no money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/members.md#bank-accounts
   */
  remove(params: RemoveBankAccountParams, options?: CallOptions): Promise<null>;
  /**
   * A member's bank accounts, with their `Id`s. `GET member/bankaccount` (#87; header `memberid`). Moves no money;
   * a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/members.md#bank-accounts
   */
  list(params: MemberIdParams, options?: CallOptions): Promise<MemberBankAccount[]>;
}

/** A member's value date (when its earnings are paid out), `paywall.members.valueDates` (§4.6). None moves money. */
export interface MemberValueDatesMethods {
  /**
   * Sets a member's value date and commission, creating or replacing it. `POST member/valuedate` (#88). Moves no
   * money; sent once.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/members.md#value-dates
   */
  set(params: SetValueDateParams, options?: CallOptions): Promise<null>;
  /**
   * A member's value date. `GET member/valuedate` (#89; header `memberid`). Moves no money; a read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/members.md#value-dates
   */
  get(params: MemberIdParams, options?: CallOptions): Promise<MemberValueDate>;
}

/** What `paywall.members` is: the member methods, `bankAccounts`, `valueDates`, and `listAll` over every page. */
export interface MembersResource extends MembersMethods {
  /** A member's bank accounts (#84–#87). */
  readonly bankAccounts: MemberBankAccountsMethods;
  /** A member's value date (#88, #89). */
  readonly valueDates: MemberValueDatesMethods;
  /**
   * Every member, fetched a page of `Length` (default 100) at a time as the loop asks for more:
   * `for await (const m of paywall.members.listAll()) …`. Stops at an empty or short page or at `maxPages`
   * (default 1,000); `signal` stops it between pages and goes to each page's call. Moves no money; each page is a
   * read, retried.
   * @see https://github.com/odeme/odeme/blob/main/docs/providers/paywall/members.md#listing-members
   */
  listAll(params?: ListAllMembersParams, options?: CallOptions & PaginateOptions): AsyncGenerator<Member, void, undefined>;
}
