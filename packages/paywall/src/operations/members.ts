import { defineOperation } from '@odeme/core';
import {
  bankAccountListResponse,
  createBankAccountRequest,
  createMemberRequest,
  deleteBankAccountRequest,
  deleteMemberRequest,
  listMembersRequest,
  memberIdRequest,
  memberListResponse,
  memberResponse,
  searchMemberRequest,
  setValueDateRequest,
  updateBankAccountRequest,
  updateMemberRequest,
  valueDateResponse,
} from '../schemas/members.js';
import { emptyResponse } from '../schemas/payment.js';
import type { PayWallMeta } from './meta.js';

// MemberAPI (§4.6) takes the public pair only, as the official .NET SDK's MemberApiClient sends it, and answers with
// the common numbering (§3.2 list b: 198 MemberNotFound … 236 MemberValueDateNotFound). No row moves money: members,
// bank accounts and value dates say where and when earnings go, the payouts themselves are other calls. Writes are
// sent once (a repeated `POST member` would meet 227 MemberAlreadyExist); reads are retried.

const MEMBER_ID = { MemberId: 'memberid' };

/* @__NO_SIDE_EFFECTS__ */
function m(no: number, headers?: Record<string, string>): PayWallMeta {
  return { no, host: 'member', auth: 'public', errorTable: 'common', ...(headers ? { headers } : {}) };
}

/** #79 `POST member`: creates a member (sub-merchant), with its bank accounts and value date if given. */
export const membersCreate = /* @__PURE__ */ defineOperation({
  id: 'members.create',
  method: 'POST',
  path: '/member',
  request: createMemberRequest,
  response: memberResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ m(79),
});

/** #80 `PUT member`: replaces a member's details, by PayWall's `Id`. */
export const membersUpdate = /* @__PURE__ */ defineOperation({
  id: 'members.update',
  method: 'PUT',
  path: '/member',
  request: updateMemberRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ m(80),
});

/** #81 `DELETE member` (JSON body): deletes a member by `Id` or `MemberExternalId`. */
export const membersRemove = /* @__PURE__ */ defineOperation({
  id: 'members.remove',
  method: 'DELETE',
  path: '/member',
  request: deleteMemberRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ m(81),
});

/** #82 `GET member`: a page of members (headers `start`, `length`). */
export const membersList = /* @__PURE__ */ defineOperation({
  id: 'members.list',
  method: 'GET',
  path: '/member',
  request: listMembersRequest,
  response: memberListResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ m(82, { Start: 'start', Length: 'length' }),
});

/** #83 `GET member/search`: one member by `memberid` or `memberexternalid`. */
export const membersSearch = /* @__PURE__ */ defineOperation({
  id: 'members.search',
  method: 'GET',
  path: '/member/search',
  request: searchMemberRequest,
  response: memberResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ m(83, { MemberId: 'memberid', MemberExternalId: 'memberexternalid' }),
});

/** #84 `POST member/bankaccount`: adds a bank account to a member (one per currency). */
export const memberBankAccountsCreate = /* @__PURE__ */ defineOperation({
  id: 'members.bankAccounts.create',
  method: 'POST',
  path: '/member/bankaccount',
  request: createBankAccountRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ m(84),
});

/** #85 `PUT member/bankaccount`: changes a bank account's currency, title and IBAN. */
export const memberBankAccountsUpdate = /* @__PURE__ */ defineOperation({
  id: 'members.bankAccounts.update',
  method: 'PUT',
  path: '/member/bankaccount',
  request: updateBankAccountRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ m(85),
});

/** #86 `DELETE member/bankaccount` (JSON body): deletes a bank account. */
export const memberBankAccountsRemove = /* @__PURE__ */ defineOperation({
  id: 'members.bankAccounts.remove',
  method: 'DELETE',
  path: '/member/bankaccount',
  request: deleteBankAccountRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ m(86),
});

/** #87 `GET member/bankaccount`: a member's bank accounts (header `memberid`). */
export const memberBankAccountsList = /* @__PURE__ */ defineOperation({
  id: 'members.bankAccounts.list',
  method: 'GET',
  path: '/member/bankaccount',
  request: memberIdRequest,
  response: bankAccountListResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ m(87, MEMBER_ID),
});

/** #88 `POST member/valuedate`: sets a member's value date (creates or replaces it). */
export const memberValueDatesSet = /* @__PURE__ */ defineOperation({
  id: 'members.valueDates.set',
  method: 'POST',
  path: '/member/valuedate',
  request: setValueDateRequest,
  response: emptyResponse,
  movesMoney: false,
  retryable: false,
  meta: /* @__PURE__ */ m(88),
});

/** #89 `GET member/valuedate`: a member's value date (header `memberid`). */
export const memberValueDatesGet = /* @__PURE__ */ defineOperation({
  id: 'members.valueDates.get',
  method: 'GET',
  path: '/member/valuedate',
  request: memberIdRequest,
  response: valueDateResponse,
  movesMoney: false,
  meta: /* @__PURE__ */ m(89, MEMBER_ID),
});

/** Members on MemberAPI (§4.6, #79–#83), by the client's method names (`MembersMethods`). */
export const memberOperations = {
  create: membersCreate,
  update: membersUpdate,
  remove: membersRemove,
  list: membersList,
  search: membersSearch,
};

/** Members' bank accounts (#84–#87), the client's `members.bankAccounts` (`MemberBankAccountsMethods`). */
export const memberBankAccountOperations = {
  create: memberBankAccountsCreate,
  update: memberBankAccountsUpdate,
  remove: memberBankAccountsRemove,
  list: memberBankAccountsList,
};

/** Members' value dates (#88, #89), the client's `members.valueDates` (`MemberValueDatesMethods`). */
export const memberValueDateOperations = {
  set: memberValueDatesSet,
  get: memberValueDatesGet,
};
